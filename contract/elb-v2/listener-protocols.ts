/** Listener protocols and their console labels (zod-free: the load balancer list uses them). */

export const listenerProtocols = ['TCP', 'UDP', 'HTTP', 'TERMINATED_HTTPS'] as const;
export type ListenerProtocol = (typeof listenerProtocols)[number];

/** Console labels: the API spells HTTPS as TERMINATED_HTTPS. */
export const listenerProtocolLabels: Record<ListenerProtocol, string> = {
  TCP: 'TCP',
  UDP: 'UDP',
  HTTP: 'HTTP',
  TERMINATED_HTTPS: 'HTTPS',
};

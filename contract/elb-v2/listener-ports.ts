/**
 * Listener port uniqueness per load balancer (FEATURES §4.2; guide/listener/protocols_and_ports.rst).
 * The form checks it before submitting; the service uses the same function and answers ELB.6200.
 */
import { listenerProtocolLabels, type ListenerProtocol } from './listeners';

/** TCP, HTTP and HTTPS share one port space; UDP has its own. */
export type PortSpace = 'tcp' | 'udp';

export function portSpace(protocol: ListenerProtocol): PortSpace {
  return protocol === 'UDP' ? 'udp' : 'tcp';
}

export interface ListenerPortUse {
  /** Set when the candidate is an existing listener, so it does not conflict with itself. */
  id?: string;
  protocol: ListenerProtocol;
  protocol_port: number;
}

/**
 * The listener of the same load balancer whose port the candidate would reuse, or undefined.
 * HTTP/443 blocks HTTPS/443 and TCP/443; UDP/88 and TCP/88 can coexist.
 */
export function listenerPortConflict<T extends ListenerPortUse>(
  existing: readonly T[],
  candidate: ListenerPortUse,
): T | undefined {
  const space = portSpace(candidate.protocol);
  return existing.find(
    (listener) =>
      (candidate.id === undefined || listener.id !== candidate.id) &&
      listener.protocol_port === candidate.protocol_port &&
      portSpace(listener.protocol) === space,
  );
}

/** The sentence shown for a port conflict (and used as the ELB.6200 message by the service). */
export function listenerPortConflictMessage(conflict: ListenerPortUse): string {
  const label = listenerProtocolLabels[conflict.protocol];
  return `Port ${conflict.protocol_port} is already used by the ${label}/${conflict.protocol_port} listener of this load balancer.`;
}

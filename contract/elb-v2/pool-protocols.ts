/**
 * Which backend protocol, health checks and sticky-session types go with which listener protocol
 * (FEATURES §4.2 table; adding_a_backend_server_group.rst, configuring_a_health_check.rst; C4, C7).
 */
import type { HealthMonitorType } from './health-monitors';
import type { RuleIssue } from './issues';
import { listenerProtocolLabels, type ListenerProtocol } from './listeners';

export const poolProtocols = ['TCP', 'UDP', 'HTTP'] as const;
export type PoolProtocol = (typeof poolProtocols)[number];

export const lbAlgorithms = ['ROUND_ROBIN', 'LEAST_CONNECTIONS', 'SOURCE_IP'] as const;
export type LbAlgorithm = (typeof lbAlgorithms)[number];

export const lbAlgorithmLabels: Record<LbAlgorithm, string> = {
  ROUND_ROBIN: 'Weighted round robin',
  LEAST_CONNECTIONS: 'Weighted least connections',
  SOURCE_IP: 'Source IP hash',
};

export const stickySessionTypes = ['SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE'] as const;
export type StickySessionType = (typeof stickySessionTypes)[number];

export const stickySessionTypeLabels: Record<StickySessionType, string> = {
  SOURCE_IP: 'Source IP address',
  HTTP_COOKIE: 'Load balancer cookie',
  APP_COOKIE: 'Application cookie',
};

export interface ProtocolCombination {
  listener: ListenerProtocol;
  pool: PoolProtocol;
  healthCheckTypes: readonly HealthMonitorType[];
  stickyTypes: readonly StickySessionType[];
}

/** FEATURES §4.2 "Allowed listener ↔ backend combinations" (enhanced rows). */
export const protocolCombinations: readonly ProtocolCombination[] = [
  { listener: 'TCP', pool: 'TCP', healthCheckTypes: ['TCP', 'HTTP'], stickyTypes: ['SOURCE_IP'] },
  { listener: 'UDP', pool: 'UDP', healthCheckTypes: ['UDP_CONNECT'], stickyTypes: ['SOURCE_IP'] },
  { listener: 'HTTP', pool: 'HTTP', healthCheckTypes: ['HTTP', 'TCP'], stickyTypes: ['HTTP_COOKIE', 'APP_COOKIE'] },
  {
    listener: 'TERMINATED_HTTPS',
    pool: 'HTTP',
    healthCheckTypes: ['HTTP', 'TCP'],
    stickyTypes: ['HTTP_COOKIE', 'APP_COOKIE'],
  },
];

function combinationForPool(protocol: PoolProtocol): ProtocolCombination {
  const row = protocolCombinations.find((combination) => combination.pool === protocol);
  if (row === undefined) throw new Error(`No protocol combination for pool protocol ${protocol}`);
  return row;
}

/** The backend protocol a listener needs: TCP→TCP, UDP→UDP, HTTP/HTTPS→HTTP (locked in the wizard). */
export function poolProtocolFor(listenerProtocol: ListenerProtocol): PoolProtocol {
  const row = protocolCombinations.find((combination) => combination.listener === listenerProtocol);
  if (row === undefined) throw new Error(`No protocol combination for listener protocol ${listenerProtocol}`);
  return row.pool;
}

/** Health-check protocols for a backend protocol; the first is the console's default. */
export function healthCheckTypesFor(poolProtocol: PoolProtocol): readonly HealthMonitorType[] {
  return combinationForPool(poolProtocol).healthCheckTypes;
}

/** Sticky-session types that take effect for a backend protocol. */
export function stickyTypesFor(poolProtocol: PoolProtocol): readonly StickySessionType[] {
  return combinationForPool(poolProtocol).stickyTypes;
}

/**
 * A pool can serve a listener (as default pool, or created with `listener_id`) only with the matching
 * protocol. Returns the issue under `path` (e.g. `['default_pool_id']`), or none.
 */
export function listenerPoolIssues(
  listenerProtocol: ListenerProtocol,
  poolProtocol: PoolProtocol,
  path: (string | number)[],
): RuleIssue[] {
  const needed = poolProtocolFor(listenerProtocol);
  if (needed === poolProtocol) return [];
  const label = listenerProtocolLabels[listenerProtocol];
  return [{ path, message: `${label} listeners need a backend server group that uses ${needed}.` }];
}

/** The health-check protocol must suit the pool (configuring_a_health_check.rst, `type`). */
export function healthMonitorPoolIssues(poolProtocol: PoolProtocol, type: HealthMonitorType): RuleIssue[] {
  if (healthCheckTypesFor(poolProtocol).includes(type)) return [];
  const message =
    poolProtocol === 'UDP'
      ? 'UDP backend server groups can only use UDP_CONNECT health checks.'
      : `${poolProtocol} backend server groups can only use TCP or HTTP health checks.`;
  return [{ path: ['type'], message }];
}

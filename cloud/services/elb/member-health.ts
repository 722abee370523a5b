/**
 * A backend server's health, derived from the same facts everywhere (member list,
 * status tree, metrics): is there a health check, is the member enabled, is its ECS
 * running, and does the application really listen on the checked port.
 * FEATURES §0.3: ONLINE healthy, OFFLINE unhealthy, NO_MONITOR no health check,
 * DISABLED (status tree) for a member whose admin state is down.
 */
import type { HealthMonitorRow, MemberRow, ServerRow } from '../../store/tables';

export type MemberHealth = 'ONLINE' | 'OFFLINE' | 'NO_MONITOR' | 'DISABLED';

/** Why a member is unhealthy, in the reason codes the API exposes for backend servers. */
export type UnhealthyReason = 'NO_SERVER' | 'SERVER_STOPPED' | 'CONNECT_FAILED';

export interface MemberHealthFacts {
  member: MemberRow;
  monitor: HealthMonitorRow | undefined;
  server: ServerRow | undefined;
}

export function unhealthyReason({ member, monitor, server }: MemberHealthFacts): UnhealthyReason | undefined {
  if (!server) return 'NO_SERVER';
  if (server.status !== 'ACTIVE') return 'SERVER_STOPPED';
  const checkedPort = monitor?.monitor_port ?? member.protocol_port;
  if (!server.listening_ports.includes(checkedPort)) return 'CONNECT_FAILED';
  return undefined;
}

export function memberHealth(facts: MemberHealthFacts): MemberHealth {
  if (!facts.member.admin_state_up) return 'DISABLED';
  if (!facts.monitor || !facts.monitor.admin_state_up) return 'NO_MONITOR';
  return unhealthyReason(facts) ? 'OFFLINE' : 'ONLINE';
}

/** The member APIs report DISABLED only in the status tree; elsewhere it reads OFFLINE. */
export function memberOperatingStatus(facts: MemberHealthFacts): Exclude<MemberHealth, 'DISABLED'> {
  const health = memberHealth(facts);
  return health === 'DISABLED' ? 'OFFLINE' : health;
}

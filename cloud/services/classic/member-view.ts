/**
 * Backend ECSs of classic listeners as the API shows them (querying_backend_ecss.rst): health is
 * derived from the ECS, the listener, its health check and the load balancer, never stored.
 */
import type { ClassicMember, ClassicMemberHealthStatus } from '../../../contract/elb-classic/members';
import { CLASSIC_ADMIN_STATE } from '../../../contract/elb-classic/load-balancers';
import type { ReadTx } from '../../store/store';
import type { ClassicMemberRow } from '../../store/tables';

/** The IDs of a load balancer's listeners. */
export function classicListenerIdsOf(tx: ReadTx, loadBalancerId: string | undefined): Set<string> {
  return new Set(
    tx
      .all('classicListeners')
      .filter((listener) => listener.loadbalancer_id === loadBalancerId)
      .map((listener) => listener.id),
  );
}

/** The backend ECS rows of one listener, pending ones included, in ID order. */
export function classicMembersOfListener(tx: ReadTx, listenerId: string): ClassicMemberRow[] {
  return tx.all('classicMembers').filter((member) => member.listener_id === listenerId);
}

/**
 * UNAVAILABLE while an add or remove job runs, when the listener has no health check or the load
 * balancer is stopped (nothing is checked then). Otherwise NORMAL when the ECS is running and listens
 * on the checked port (the health check's `healthcheck_connect_port`, else the listener's
 * `backend_port`), ABNORMAL when not.
 */
export function classicMemberHealth(tx: ReadTx, member: ClassicMemberRow): ClassicMemberHealthStatus {
  if (member.status === 'PENDING') return 'UNAVAILABLE';
  const listener = tx.get('classicListeners', member.listener_id);
  const lb = listener && tx.get('classicLoadbalancers', listener.loadbalancer_id);
  const check = listener && tx.all('classicHealthChecks').find((item) => item.listener_id === listener.id);
  if (!listener || !lb || !check || lb.admin_state_up === CLASSIC_ADMIN_STATE.stopped) return 'UNAVAILABLE';
  const server = tx.get('servers', member.server_id);
  const port = check.healthcheck_connect_port || listener.backend_port;
  return server?.status === 'ACTIVE' && server.listening_ports.includes(port) ? 'NORMAL' : 'ABNORMAL';
}

/** `listeners` names every listener of the same load balancer that has this ECS. */
export function toClassicMember(tx: ReadTx, member: ClassicMemberRow): ClassicMember {
  const { listener_id: listenerId, job_id: _job, ...wire } = member;
  const listenerIds = classicListenerIdsOf(tx, tx.get('classicListeners', listenerId)?.loadbalancer_id);
  const listeners = tx
    .all('classicMembers')
    .filter((other) => other.server_id === member.server_id && listenerIds.has(other.listener_id))
    .map((other) => ({ id: other.listener_id }));
  return { ...wire, health_status: classicMemberHealth(tx, member), listeners };
}

/**
 * The synthetic traffic of classic load balancers (issue 6), from the same model as the enhanced
 * ones (traffic.ts): each classic listener is planned like an enhanced listener whose backend group
 * is its backend ECSs, so the metrics of `lb_instance_id` (m1…m8, m9_abnormal_servers,
 * ma_normal_servers) and the classic monitor (GET …/elbaas/monitor) follow one deterministic source.
 *
 * - HTTP and HTTPS listeners carry requests, TCP, SSL and UDP listeners connections.
 * - A stopped (0) or frozen (2) load balancer serves nothing from its last update.
 * - A backend ECS counts as healthy unless its health check result (member-view.ts) is ABNORMAL;
 *   UNAVAILABLE (no health check, a job running) counts as normal, as NO_MONITOR does for enhanced
 *   members. An ECS on two listeners counts twice in the server counts (one row per listener).
 *   The result applies from the last write to the ECS or the listener's health check (CTS traces).
 */
import { fromClassicTimestamp } from '../../../contract/elb-classic/timestamps';
import type { ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import type { ReadTx } from '../../store/store';
import type { ClassicMemberRow, Tables } from '../../store/tables';
import { classicMemberHealth } from '../classic/member-view';
import type { MemberHealth } from '../elb/member-health';
import { lastWriteTimes, type MemberTimeline } from './health-timeline';
import { minuteFloor } from './noise';
import { planListener, type LoadBalancerPlan } from './traffic';

type ClassicListenerRow = Tables['classicListeners'];
type ClassicLoadBalancerPlan = LoadBalancerPlan<ClassicLoadBalancer, ClassicListenerRow>;

export interface ClassicTrafficModel {
  loadBalancer(id: string): ClassicLoadBalancerPlan | undefined;
}

const HEALTH: Record<ClassicMemberRow['health_status'], MemberHealth> = {
  NORMAL: 'ONLINE',
  ABNORMAL: 'OFFLINE',
  UNAVAILABLE: 'NO_MONITOR',
};

/** A classic backend ECS as the traffic model sees it: every ECS weighs 1 (classic has no weights). */
function classicTimeline(
  tx: ReadTx,
  member: ClassicMemberRow,
  listener: ClassicListenerRow,
  lastWrites: ReadonlyMap<string, number>,
): MemberTimeline {
  const addedAt = fromClassicTimestamp(member.create_time);
  const checkWrite = listener.healthcheck_id ? (lastWrites.get(listener.healthcheck_id) ?? 0) : 0;
  return {
    member: { id: member.id, address: member.server_address, protocol_port: listener.backend_port, weight: 1 },
    current: HEALTH[classicMemberHealth(tx, member)],
    // A backend ECS changes through jobs, which record no trace: its update_time is when the job ended.
    since: Math.max(addedAt, fromClassicTimestamp(member.update_time), checkWrite),
    before: 'ONLINE',
    addedAt,
  };
}

/** Builds the plans of every classic load balancer; build it once per request. */
export function classicTrafficModel(tx: ReadTx): ClassicTrafficModel {
  const writes = lastWriteTimes(tx);
  const members = tx.all('classicMembers');
  const listeners = tx.all('classicListeners');
  const plans = new Map<string, ClassicLoadBalancerPlan>();
  for (const lb of tx.all('classicLoadbalancers')) {
    const existsFrom = minuteFloor(fromClassicTimestamp(lb.create_time));
    const disabledSince = lb.admin_state_up === 1 ? undefined : fromClassicTimestamp(lb.update_time);
    const listenerPlans = listeners
      .filter((listener) => listener.loadbalancer_id === lb.id)
      .map((listener) =>
        planListener({
          listener,
          layer7: listener.protocol === 'HTTP' || listener.protocol === 'HTTPS',
          existsFrom: Math.max(existsFrom, minuteFloor(fromClassicTimestamp(listener.create_time))),
          disabledSince,
          members: members
            .filter((member) => member.listener_id === listener.id)
            .map((member) => classicTimeline(tx, member, listener, writes)),
        }),
      );
    plans.set(lb.id, {
      loadBalancer: lb,
      existsFrom,
      listeners: listenerPlans,
      members: listenerPlans.flatMap((plan) => plan.members),
    });
  }
  return { loadBalancer: (id) => plans.get(id) };
}

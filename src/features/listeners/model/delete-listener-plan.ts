/**
 * Deleting a listener with what goes with it (FEATURES §4.7, C9): its forwarding policies,
 * redirects that point at it, its group's backend servers (in batches of 200), the group's
 * health check, the group, then the listener. The whitelist goes with the listener.
 */
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { MAX_MEMBERS_PER_BATCH, type Member } from '../../../../contract/elb-v2/members';
import type { Pool } from '../../../../contract/elb-v2/pools';

export type ListenerDeleteStep =
  | { kind: 'policy' | 'redirect'; id: string; label: string }
  | { kind: 'members'; poolId: string; ids: string[]; label: string }
  | { kind: 'healthmonitor' | 'pool' | 'listener'; id: string; label: string };

export interface ListenerDeleteFacts {
  listener: Listener;
  policies: L7Policy[];
  redirectsToIt: L7Policy[];
  pool?: Pool;
  members: Member[];
}

export function listenerDeletePlan({
  listener,
  policies,
  redirectsToIt,
  pool,
  members,
}: ListenerDeleteFacts): ListenerDeleteStep[] {
  const steps: ListenerDeleteStep[] = [
    ...policies.map((policy) => ({ kind: 'policy' as const, id: policy.id, label: policy.name || policy.id })),
    ...redirectsToIt.map((policy) => ({ kind: 'redirect' as const, id: policy.id, label: policy.name || policy.id })),
  ];
  if (pool) {
    for (let i = 0; i < members.length; i += MAX_MEMBERS_PER_BATCH) {
      const batch = members.slice(i, i + MAX_MEMBERS_PER_BATCH);
      steps.push({
        kind: 'members',
        poolId: pool.id,
        ids: batch.map((member) => member.id),
        label: pool.name || pool.id,
      });
    }
    if (pool.healthmonitor_id)
      steps.push({ kind: 'healthmonitor', id: pool.healthmonitor_id, label: pool.name || pool.id });
    steps.push({ kind: 'pool', id: pool.id, label: pool.name || pool.id });
  }
  steps.push({ kind: 'listener', id: listener.id, label: listener.name || listener.id });
  return steps;
}

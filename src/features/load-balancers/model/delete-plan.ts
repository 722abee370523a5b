/**
 * What stands between a load balancer and its deletion, from its status tree
 * (guide: deleting_a_load_balancer.rst). The preview groups blockers in the guide's
 * order — forwarding policies, redirects, backend servers, listeners, backend server
 * groups; the calls run in the order the API accepts: a group (with its health check)
 * must go before the listener it serves (deleting_a_listener.rst, C9).
 */
import type { StatusTreeLoadBalancer, StatusTreePool } from '../../../../contract/elb-v2/status-tree';

export type DeleteStepKind = 'policy' | 'redirect' | 'member' | 'healthmonitor' | 'pool' | 'listener' | 'loadbalancer';

export interface DeleteStep {
  kind: DeleteStepKind;
  id: string;
  /** What the user recognises: a name, or address:port for a backend server. */
  label: string;
  /** Needed by the member API. */
  poolId?: string;
}

/** The guide's order of blockers, for the preview; health checks go with their groups. */
export const previewOrder: DeleteStepKind[] = ['policy', 'redirect', 'member', 'listener', 'pool', 'healthmonitor'];
/** The order calls are made in. */
export const executionOrder: DeleteStepKind[] = [
  'policy',
  'redirect',
  'member',
  'healthmonitor',
  'pool',
  'listener',
  'loadbalancer',
];

function uniquePools(tree: StatusTreeLoadBalancer): StatusTreePool[] {
  const pools = new Map<string, StatusTreePool>();
  for (const pool of [...tree.pools, ...tree.listeners.flatMap((listener) => listener.pools)]) pools.set(pool.id, pool);
  return [...pools.values()];
}

export function deletePlan(tree: StatusTreeLoadBalancer): DeleteStep[] {
  const steps: DeleteStep[] = [];
  for (const listener of tree.listeners) {
    for (const policy of listener.l7policies) {
      steps.push({
        kind: policy.action === 'REDIRECT_TO_LISTENER' ? 'redirect' : 'policy',
        id: policy.id,
        label: policy.name || policy.id,
      });
    }
  }
  const pools = uniquePools(tree);
  for (const pool of pools) {
    for (const member of pool.members) {
      steps.push({
        kind: 'member',
        id: member.id,
        label: `${member.address}:${member.protocol_port}`,
        poolId: pool.id,
      });
    }
  }
  for (const pool of pools) {
    if (pool.healthmonitor)
      steps.push({ kind: 'healthmonitor', id: pool.healthmonitor.id, label: pool.name || pool.id });
  }
  for (const pool of pools) steps.push({ kind: 'pool', id: pool.id, label: pool.name || pool.id });
  for (const listener of tree.listeners)
    steps.push({ kind: 'listener', id: listener.id, label: listener.name || listener.id });
  steps.push({ kind: 'loadbalancer', id: tree.id, label: tree.name || tree.id });
  return executionOrder.flatMap((kind) => steps.filter((step) => step.kind === kind));
}

/** Blockers grouped for the preview, in the guide's order; empty groups are left out. */
export function blockersByKind(steps: DeleteStep[]): { kind: DeleteStepKind; steps: DeleteStep[] }[] {
  const byLabel = (a: DeleteStep, b: DeleteStep) => a.label.localeCompare(b.label, undefined, { numeric: true });
  return previewOrder
    .map((kind) => ({ kind, steps: steps.filter((step) => step.kind === kind).sort(byLabel) }))
    .filter((group) => group.steps.length > 0);
}

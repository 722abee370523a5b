/**
 * "What is the impact of deleting a load balancer?" (FEATURES §12.2; guide/load_balancer/
 * deleting_a_load_balancer.rst, guide/faq/load_balancers/why_cant_i_delete_my_load_balancer.rst):
 * what must go first (the delete plan's blockers) and what stays (an enhanced load balancer's EIP).
 */
import type { DiagnosticCheck } from '../../../lib/diagnostic-check';
import type { DeleteStep } from '../model/delete-plan';

export type DeleteImpactCheckId = 'blockers' | 'eip';

const countOf = (steps: readonly DeleteStep[], kind: DeleteStep['kind']) =>
  steps.filter((step) => step.kind === kind).length;

/** `eipAddress`: the EIP bound to the load balancer, if any. */
export function deleteImpactChecks(
  steps: readonly DeleteStep[],
  eipAddress: string | undefined,
): DiagnosticCheck<DeleteImpactCheckId>[] {
  const blockers = steps.filter((step) => step.kind !== 'loadbalancer' && step.kind !== 'healthmonitor');
  const params = {
    count: blockers.length,
    listeners: countOf(steps, 'listener'),
    groups: countOf(steps, 'pool'),
    members: countOf(steps, 'member'),
    policies: countOf(steps, 'policy') + countOf(steps, 'redirect'),
  };
  return [
    blockers.length > 0
      ? { id: 'blockers', status: 'failed', variant: 'blocked', params }
      : { id: 'blockers', status: 'passed', variant: 'free', params },
    eipAddress
      ? { id: 'eip', status: 'verify', variant: 'kept', params: { address: eipAddress } }
      : { id: 'eip', status: 'passed', variant: 'none', params: {} },
  ];
}

/**
 * Deleting a load balancer with everything that blocks it, one documented call at a
 * time, reporting each step; a failure stops the run and can be retried from there.
 */
import type { ApiCall } from '../../../api/api-call';
import {
  healthMonitorsApi,
  l7PoliciesApi,
  listenersApi,
  membersApi,
  poolsApi,
} from '../../../api/clients/elb-children';
import { loadBalancersApi } from '../../../api/clients/elb-load-balancers';
import { useCallSequence } from '../../../api/use-call-sequence';
import type { DeleteStep } from '../model/delete-plan';

export function deleteCall(step: DeleteStep): ApiCall<undefined> {
  switch (step.kind) {
    case 'policy':
    case 'redirect':
      return l7PoliciesApi.remove(step.id);
    case 'member':
      return membersApi.remove(step.poolId!, step.id);
    case 'healthmonitor':
      return healthMonitorsApi.remove(step.id);
    case 'pool':
      return poolsApi.remove(step.id);
    case 'listener':
      return listenersApi.remove(step.id);
    case 'loadbalancer':
      return loadBalancersApi.remove(step.id);
  }
}

/** Deletes the load balancer and its blockers, reporting each call (see useCallSequence). */
export function useDeleteRun(steps: DeleteStep[]) {
  return useCallSequence(steps, deleteCall);
}

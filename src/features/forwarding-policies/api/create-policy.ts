/**
 * Add Forwarding Policy: the new group first when one is wanted (create-policy-group.ts), then
 * `POST /v2.0/lbaas/l7policies` with action REDIRECT_TO_POOL and its rules (FEATURES §4.8.1).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { call } from '../../../api/api-call';
import { l7PoliciesApi } from '../../../api/clients/elb-children';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import { toCreatePolicyRequest, type PolicyFormValues } from '../model/policy-form';
import { useCreatePolicyGroup, type NewGroupInput } from './create-policy-group';

export interface PolicyInput {
  values: PolicyFormValues;
  group: NewGroupInput;
}

export function useCreatePolicy(loadBalancerId: string, listener: Listener) {
  const queryClient = useQueryClient();
  const group = useCreatePolicyGroup(loadBalancerId);
  const mutation = useMutation({
    mutationFn: async ({ values, group: newGroup }: PolicyInput) => {
      const poolId = values.target === 'new' ? await group.ensure(newGroup) : values.pool_id;
      return (await call(l7PoliciesApi.create(toCreatePolicyRequest(values, listener.id, poolId)))).l7policy;
    },
    onSettled: () => invalidateElbTree(queryClient),
  });
  return { mutation, createdGroup: group.created };
}

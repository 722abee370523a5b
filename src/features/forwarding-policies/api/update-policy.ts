/**
 * Modify Forwarding Policy: the new group first when one is wanted, then `PUT /l7policies/{id}` and the
 * rule calls `policyChanges` lists (FEATURES §4.8.1). The changes are worked out against the policy as
 * the API has it now, so a retry after a failure does not repeat what went through.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, type ApiCall } from '../../../api/api-call';
import { l7PoliciesApi } from '../../../api/clients/elb-children';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import { policyChanges, type RuleChange } from '../model/policy-changes';
import { useCreatePolicyGroup } from './create-policy-group';
import type { PolicyInput } from './create-policy';

function ruleCall(policyId: string, change: RuleChange): ApiCall<unknown> {
  switch (change.kind) {
    case 'add':
      return l7PoliciesApi.addRule(policyId, change.body);
    case 'update':
      return l7PoliciesApi.updateRule(policyId, change.ruleId, change.body);
    case 'remove':
      return l7PoliciesApi.removeRule(policyId, change.ruleId);
  }
}

export function useUpdatePolicy(loadBalancerId: string, policyId: string) {
  const queryClient = useQueryClient();
  const group = useCreatePolicyGroup(loadBalancerId);
  const mutation = useMutation({
    mutationFn: async ({ values, group: newGroup }: PolicyInput): Promise<{ id: string }> => {
      const poolId = values.target === 'new' ? await group.ensure(newGroup) : values.pool_id;
      const { l7policy: current } = await call(l7PoliciesApi.get(policyId));
      const changes = policyChanges(current, values, poolId);
      if (changes.policy) await call(l7PoliciesApi.update(policyId, changes.policy));
      for (const change of changes.rules) await call(ruleCall(policyId, change));
      return { id: policyId };
    },
    onSettled: () => invalidateElbTree(queryClient),
  });
  return { mutation, createdGroup: group.created };
}

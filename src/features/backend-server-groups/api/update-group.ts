/** Modify a group: `PUT /v2.0/lbaas/pools/{id}` with name, description, algorithm and stickiness. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/api-call';
import { poolsApi } from '../../../api/clients/elb-children';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import { toUpdatePoolRequest, type PoolFormValues } from '../../../components/elb/pool-form';

export const updateGroupCall = (poolId: string, values: PoolFormValues) =>
  poolsApi.update(poolId, toUpdatePoolRequest(values));

export function useUpdateGroup(poolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: PoolFormValues) => call(updateGroupCall(poolId, values)),
    onSettled: () => invalidateElbTree(queryClient),
  });
}

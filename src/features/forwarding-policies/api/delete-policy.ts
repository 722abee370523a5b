/** Delete a forwarding policy or a redirect: `DELETE /v2.0/lbaas/l7policies/{id}`; its rules go with it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/api-call';
import { l7PoliciesApi } from '../../../api/clients/elb-children';
import { invalidateElbTree } from '../../../api/queries/invalidate';

export function useDeletePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policyId: string) => call(l7PoliciesApi.remove(policyId)),
    onSettled: () => invalidateElbTree(queryClient),
  });
}

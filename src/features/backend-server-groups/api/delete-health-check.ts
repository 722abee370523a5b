/** Disable a health check: `DELETE /v2.0/lbaas/healthmonitors/{id}`; servers then read "No health check". */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/api-call';
import { healthMonitorsApi } from '../../../api/clients/elb-children';
import { invalidateElbTree } from '../../../api/queries/invalidate';

export const deleteHealthCheckCall = (monitorId: string) => healthMonitorsApi.remove(monitorId);

export function useDeleteHealthCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (monitorId: string) => call(deleteHealthCheckCall(monitorId)),
    onSettled: () => invalidateElbTree(queryClient),
  });
}

/**
 * Delete a group: its health check first when it has one (the API answers 409 otherwise),
 * then `DELETE /v2.0/lbaas/pools/{id}` (deleting_a_backend_server_group.rst, FEATURES §5.3).
 */
import type { Pool } from '../../../../contract/elb-v2/pools';
import type { ApiCall } from '../../../api/api-call';
import { healthMonitorsApi, poolsApi } from '../../../api/clients/elb-children';
import { useCallRun } from './use-call-run';

export function deleteGroupCalls(pool: Pick<Pool, 'id' | 'healthmonitor_id'>): ApiCall<unknown>[] {
  return [
    ...(pool.healthmonitor_id ? [healthMonitorsApi.remove(pool.healthmonitor_id)] : []),
    poolsApi.remove(pool.id),
  ];
}

export function useDeleteGroup() {
  const { progress, run } = useCallRun();
  return { progress, remove: (pool: Pool) => run(deleteGroupCalls(pool), { stopOnFailure: true }) };
}

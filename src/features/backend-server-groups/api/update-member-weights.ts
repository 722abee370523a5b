/**
 * Modify Weight: one `PUT /v2.0/lbaas/pools/{pool_id}/members/{member_id}` per selected server
 * (the batch API has no weight update), a few at a time; every failed row is reported.
 */
import type { ApiCall } from '../../../api/api-call';
import { membersApi } from '../../../api/clients/elb-children';
import { useCallRun } from './use-call-run';

/** Calls in flight at once: fast for 500 servers without flooding the API. */
export const WEIGHT_CONCURRENCY = 5;

export const weightCalls = (poolId: string, memberIds: readonly string[], weight: number): ApiCall<unknown>[] =>
  memberIds.map((id) => membersApi.update(poolId, id, { member: { weight } }));

export function useUpdateMemberWeights(poolId: string) {
  const { progress, run } = useCallRun();
  return {
    progress,
    update: (memberIds: readonly string[], weight: number) =>
      run(weightCalls(poolId, memberIds, weight), { limit: WEIGHT_CONCURRENCY }),
  };
}

/**
 * Add backend servers: `PUT /v2.0/lbaas/pools/{pool_id}/members` with action `add`, at most
 * 200 per call, one call after another; a refused batch stops the run (FEATURES §5.3).
 */
import type { ApiCall } from '../../../api/api-call';
import { membersApi } from '../../../api/clients/elb-children';
import { addMemberBatches, type BatchMember } from '../model/batches';
import { useCallRun } from './use-call-run';

export const addMembersCalls = (poolId: string, members: readonly BatchMember[]): ApiCall<unknown>[] =>
  addMemberBatches(members).map((body) => membersApi.batch(poolId, body));

export function useAddMembers(poolId: string) {
  const { progress, run } = useCallRun();
  return {
    progress,
    add: (members: readonly BatchMember[]) => run(addMembersCalls(poolId, members), { stopOnFailure: true }),
  };
}

/** Remove backend servers: batch action `delete` by ID, at most 200 per call (FEATURES §5.3). */
import type { ApiCall } from '../../../api/api-call';
import { membersApi } from '../../../api/clients/elb-children';
import { deleteMemberBatches } from '../model/batches';
import { useCallRun } from './use-call-run';

export const removeMembersCalls = (poolId: string, memberIds: readonly string[]): ApiCall<unknown>[] =>
  deleteMemberBatches(memberIds).map((body) => membersApi.batch(poolId, body));

export function useRemoveMembers(poolId: string) {
  const { progress, run } = useCallRun();
  return {
    progress,
    remove: (memberIds: readonly string[]) => run(removeMembersCalls(poolId, memberIds), { stopOnFailure: true }),
  };
}

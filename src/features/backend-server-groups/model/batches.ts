/**
 * Batch bodies for `PUT /v2.0/lbaas/pools/{pool_id}/members` (batch_updating_backend_servers.rst):
 * at most 200 servers per call, and always an explicit action — the API's default, `replace`,
 * removes every server that is not listed (FEATURES §5.3).
 */
import { MAX_MEMBERS_PER_BATCH, type BatchUpdateMembersRequest } from '../../../../contract/elb-v2/members';

export type BatchMember = Extract<BatchUpdateMembersRequest, { action: 'add' }>['members'][number];

/** Splits a list into consecutive chunks of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number = MAX_MEMBERS_PER_BATCH): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Chunk size must be a positive integer, not ${size}.`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

export function addMemberBatches(members: readonly BatchMember[]): BatchUpdateMembersRequest[] {
  return chunk(members).map((part) => ({ action: 'add', members: part }));
}

export function deleteMemberBatches(memberIds: readonly string[]): BatchUpdateMembersRequest[] {
  return chunk([...new Set(memberIds)]).map((part) => ({ action: 'delete', members: part.map((id) => ({ id })) }));
}

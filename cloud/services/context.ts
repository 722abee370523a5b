/** Helpers every service uses: new IDs, timestamps, ownership checks, quotas. */
import { toV2Timestamp } from '../../contract/common';
import type { Clock } from '../clock';
import { elbFaults } from '../http/fault';
import { deterministicUuid } from '../ids';
import type { ReadTx, Row, TableName, WriteTx } from '../store/store';

/** IDs made at run time live in their own namespace, apart from scenario seeds. */
export const RUNTIME_NAMESPACE = 1;

export function newId(tx: WriteTx): string {
  const sequence = tx.meta().sequence + 1;
  tx.setMeta({ sequence });
  return deterministicUuid(RUNTIME_NAMESPACE, sequence);
}

export const timestamp = (clock: Clock): string => toV2Timestamp(clock.now());

/** Loads a row or answers 404 in the ELB format. */
export function mustGet<T extends TableName>(tx: ReadTx, table: T, id: string, resource: string): Row<T> {
  const row = tx.get(table, id);
  if (!row) throw elbFaults.notFound(resource, id);
  return row;
}

/** Quota limit stored for a resource key; -1 or a missing entry means unlimited. */
export function quotaOf(tx: ReadTx, key: string): number {
  return tx.meta().quotas[key] ?? -1;
}

export function isWithinQuota(tx: ReadTx, key: string, used: number): boolean {
  const limit = quotaOf(tx, key);
  return limit < 0 || used < limit;
}

/**
 * The cloud's storage. Every read and write runs inside a transaction; a write that
 * throws leaves nothing behind. Rows are plain JSON so a snapshot can be persisted
 * (IndexedDB in the browser, SQLite later) and restored as it was.
 */
import type { Tables } from './tables';

export type TableName = keyof Tables;
export type Row<T extends TableName> = Tables[T];

export interface Meta {
  /** Counter behind deterministic IDs. */
  sequence: number;
  scenario: string;
  projectId: string;
  /** Stored quota limits by resource key (-1 = unlimited). */
  quotas: Record<string, number>;
}

export interface ReadTx {
  get<T extends TableName>(table: T, id: string): Row<T> | undefined;
  /** All rows of a table in ascending ID order (the API's default order). */
  all<T extends TableName>(table: T): Row<T>[];
  meta(): Readonly<Meta>;
}

export interface WriteTx extends ReadTx {
  put<T extends TableName>(table: T, row: Row<T>): void;
  delete<T extends TableName>(table: T, id: string): void;
  setMeta(patch: Partial<Meta>): void;
}

export interface Snapshot {
  version: 1;
  meta: Meta;
  tables: { [T in TableName]: Row<T>[] };
}

export interface Store {
  read<R>(work: (tx: ReadTx) => R): R;
  write<R>(work: (tx: WriteTx) => R): R;
  snapshot(): Snapshot;
  /** Called after every committed write. */
  onCommit(listener: () => void): () => void;
}

/**
 * In-memory Store. Tables are ID-keyed maps; a write keeps an undo log and
 * replays it backwards when the work throws, so a failed request changes nothing.
 */
import { emptyTables, tableNames } from './tables';
import type { Meta, ReadTx, Row, Snapshot, Store, TableName, WriteTx } from './store';

type TableMap = { [T in TableName]: Map<string, Row<T>> };

type Undo = () => void;

/** The store takes the snapshot's rows as they are: the caller hands over a copy it no longer uses. */
export function createMemoryStore(snapshot: Snapshot): Store {
  let meta: Meta = snapshot.meta;
  const tables = {} as TableMap;
  for (const name of tableNames) {
    // A snapshot saved before a table existed simply has none of its rows.
    const rows = (snapshot.tables[name] ?? []) as Row<typeof name>[];
    (tables as Record<TableName, Map<string, unknown>>)[name] = new Map(rows.map((row) => [row.id, row]));
  }
  // Sorted ID lists are cached per table and dropped when the table changes.
  const sortedIds = new Map<TableName, string[]>();
  const listeners = new Set<() => void>();

  const map = <T extends TableName>(table: T): Map<string, Row<T>> => tables[table] as Map<string, Row<T>>;

  const reader: ReadTx = {
    get: (table, id) => map(table).get(id),
    all: (table) => {
      let ids = sortedIds.get(table);
      if (!ids) {
        ids = [...map(table).keys()].sort();
        sortedIds.set(table, ids);
      }
      const rows = map(table);
      return ids.map((id) => rows.get(id)!);
    },
    meta: () => meta,
  };

  return {
    read: (work) => work(reader),
    write(work) {
      const undo: Undo[] = [];
      const tx: WriteTx = {
        ...reader,
        put(table, row) {
          const rows = map(table);
          const previous = rows.get(row.id);
          undo.push(() => (previous ? rows.set(row.id, previous) : rows.delete(row.id)));
          if (!previous) sortedIds.delete(table);
          rows.set(row.id, row);
        },
        delete(table, id) {
          const rows = map(table);
          const previous = rows.get(id);
          if (!previous) return;
          undo.push(() => rows.set(id, previous));
          sortedIds.delete(table);
          rows.delete(id);
        },
        setMeta(patch) {
          const previous = meta;
          undo.push(() => {
            meta = previous;
          });
          meta = { ...meta, ...patch };
        },
      };
      try {
        const result = work(tx);
        if (undo.length > 0) listeners.forEach((listener) => listener());
        return result;
      } catch (error) {
        undo.reverse().forEach((step) => step());
        sortedIds.clear();
        throw error;
      }
    },
    snapshot() {
      const out = emptyTables();
      for (const name of tableNames) {
        (out as Record<TableName, unknown[]>)[name] = reader.all(name).map((row) => structuredClone(row));
      }
      return { version: 1, meta: structuredClone(meta), tables: out };
    },
    onCommit(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

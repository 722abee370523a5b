/** Mock-mode state survives reloads: the cloud's snapshot is kept in IndexedDB until reset. */
import type { Snapshot } from '../../cloud';

const DB_NAME = 'elb-console-mock';
const STORE = 'snapshots';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
  });
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = work(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      }),
  );
}

export async function loadSnapshot(): Promise<Snapshot | undefined> {
  try {
    return (await run<Snapshot | undefined>('readonly', (store) => store.get(KEY))) ?? undefined;
  } catch {
    return undefined;
  }
}

export const saveSnapshot = (snapshot: Snapshot): Promise<unknown> =>
  run('readwrite', (store) => store.put(snapshot, KEY));

export const clearSnapshot = (): Promise<unknown> => run('readwrite', (store) => store.delete(KEY));

// Each account row carries its number of observation rows, kept up to date by every write, so the
// popup never counts: IndexedDB's count() walks the whole key range, which grows with the history.
// Rows written before counts existed have none; the dashboard counts those once and stores it.
import type { IDBPObjectStore, StoreNames } from 'idb';
import { accountRange, writeTransaction, type SentinelDb, type SentinelSchema } from './db';

type AccountStore = IDBPObjectStore<SentinelSchema, StoreNames<SentinelSchema>[], 'accounts', 'readwrite'>;

/** Adds the new rows per account to their stored counts (where a count is stored). */
export async function addToCounts(store: AccountStore, added: ReadonlyMap<string, number>): Promise<void> {
  for (const [id, n] of added) {
    if (n === 0) continue;
    const row = await store.get(id);
    if (row?.observationCount !== undefined) await store.put({ ...row, observationCount: row.observationCount + n });
  }
}

/** Counts, once, the accounts stored before counts were kept. One transaction: no row slips by. */
export function fillMissingCounts(db: SentinelDb): Promise<void> {
  return writeTransaction(db, ['accounts', 'observations'], async (tx) => {
    const accounts = tx.objectStore('accounts');
    for (const row of await accounts.getAll()) {
      if (row.observationCount !== undefined) continue;
      await accounts.put({ ...row, observationCount: await tx.objectStore('observations').count(accountRange(row.id)) });
    }
  });
}

export const tally = (counts: Map<string, number>, id: string, n = 1): void => void counts.set(id, (counts.get(id) ?? 0) + n);

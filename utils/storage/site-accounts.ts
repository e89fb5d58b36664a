// A tracked site's accounts carry the site's name as their lender: when the person renames the
// site, every account of that host (`site:<host>`, `site:<host>/<line>`, `site:<host>#2`) follows.
import { writeTransaction, type SentinelDb } from './db';

/** Whether `id` is an account of the tracked site on `host`. */
export const isSiteAccountOf = (id: string, host: string): boolean => {
  const base = `site:${host}`;
  return id === base || id.startsWith(base + '/') || id.startsWith(base + '#');
};

/** Sets the lender of every account of `host`; returns how many changed. One transaction. */
export function renameSiteAccounts(db: SentinelDb, host: string, lender: string): Promise<number> {
  const range = IDBKeyRange.bound(`site:${host}`, `site:${host}\uffff`);
  return writeTransaction(db, ['accounts'], async (tx) => {
    const store = tx.objectStore('accounts');
    let changed = 0;
    for (const row of await store.getAll(range)) {
      // An account the person renamed itself keeps that name: it is the more specific one.
      if (!isSiteAccountOf(row.id, host) || row.lender === lender || row.namedByPerson) continue;
      await store.put({ ...row, lender });
      changed++;
    }
    return changed;
  });
}

// The rules run after every capture and read every account's observations: with 100,000 stored,
// reading them from IndexedDB took about 2 s of a capture's way to its alert. The background keeps
// the rows it read, per account, with the account's `pagesVersion` (account-summary.ts gives it a
// new one with every write to its rows), and reads again only the accounts whose version changed.
// Memory is not the source of truth: a stopped worker starts with an empty cache, and an account
// without a version is always read.
import type { Observation } from '../model/types';
import { requestAll, type StoredAccount } from './db';
import { readAccountObservations, type MonthReader } from './observation-months';

export class ObservationCache {
  private readonly byAccount = new Map<string, { version: string; rows: Observation[] }>();

  /** Every observation of `accounts` (read in the caller's transaction where not cached). */
  async read(store: MonthReader, accounts: readonly StoredAccount[]): Promise<Observation[]> {
    const cached = (a: StoredAccount) =>
      a.pagesVersion !== undefined && this.byAccount.get(a.id)?.version === a.pagesVersion ? this.byAccount.get(a.id)!.rows : undefined;
    const stale = accounts.filter((a) => !cached(a));
    const read = await requestAll(stale, (a) => readAccountObservations(store, a.id));
    const fresh = new Map(stale.map((a, i) => [a.id, read[i]!]));
    const ids = new Set(accounts.map((a) => a.id));
    for (const id of this.byAccount.keys()) if (!ids.has(id)) this.byAccount.delete(id);
    for (const a of stale) {
      if (a.pagesVersion !== undefined) this.byAccount.set(a.id, { version: a.pagesVersion, rows: fresh.get(a.id)! });
      else this.byAccount.delete(a.id);
    }
    return accounts.flatMap((a) => cached(a) ?? fresh.get(a.id) ?? []);
  }

  /** How many accounts are held (for tests). */
  get size(): number {
    return this.byAccount.size;
  }
}

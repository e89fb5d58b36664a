// Observations are stored in account-month pages (db.ts `observationMonths`): one row per account
// and UTC month, holding that month's observations sorted by `at`. Each IndexedDB request is an IPC
// round trip in Chromium (an `add` cost 130–260 µs, so 50,000 of them took 6–13 s); a page of a
// month's views is one. Every read and write of observations goes through this module, so the page
// layout stays in one place.
import type { Observation } from '../model/types';
import { accountRange, requestAll, type ObservationMonth } from './db';

/** The page an instant belongs to: `at` is a normalised `toISOString()` string, so its first seven
 *  characters are the UTC month, and months sort as the instants do. */
export const monthOf = (at: string): string => at.slice(0, 7);

/** What the readers need of the page store (any transaction mode). */
export interface MonthReader {
  getAll(query?: IDBKeyRange): Promise<ObservationMonth[]>;
  openCursor(query: IDBKeyRange, direction: IDBCursorDirection): Promise<{ value: ObservationMonth } | null>;
}

/** What the writer needs besides: it must belong to a readwrite transaction. */
export interface MonthWriter extends MonthReader {
  put(page: ObservationMonth): Promise<unknown>;
  delete(key: [string, string]): Promise<unknown>;
}

/** Every stored observation in key order (by account, then time), as the history file lists them. */
export async function readAllObservations(store: MonthReader): Promise<Observation[]> {
  return (await store.getAll()).flatMap((p) => p.rows);
}

/** One account's observations in time order. */
export async function readAccountObservations(store: MonthReader, accountId: string): Promise<Observation[]> {
  return (await store.getAll(accountRange(accountId))).flatMap((p) => p.rows);
}

/** An account's newest and oldest observation: one step of a cursor from each end. */
export async function edgeObservations(
  store: MonthReader,
  accountId: string,
): Promise<[last: Observation | undefined, first: Observation | undefined]> {
  const [last, first] = await Promise.all([
    store.openCursor(accountRange(accountId), 'prev'),
    store.openCursor(accountRange(accountId), 'next'),
  ]);
  return [last?.value.rows.at(-1), first?.value.rows[0]];
}

/** Index of the first row whose `at` is after `at` (rows sorted by `at`). */
function upperBound(rows: readonly Observation[], at: string): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The pages of some accounts, loaded once into memory for one readwrite transaction, changed there
 * and written back by `flush` (one `put` per changed page, one `delete` per emptied one). For each
 * account it holds every page from the earliest to the latest month asked for, plus the nearest
 * stored page on either side, so the neighbours in time of any row in that span are in memory.
 */
export class MonthPages {
  private readonly pages = new Map<string, ObservationMonth[]>(); // account → pages by month
  private readonly changed = new Map<string, ObservationMonth>(); // `${account} ${month}` → page

  private constructor(private readonly store: MonthWriter) {}

  /** Loads, for each account, the pages over the span of `ats` and its nearest neighbours. */
  static async load(store: MonthWriter, spans: ReadonlyMap<string, readonly string[]>): Promise<MonthPages> {
    const set = new MonthPages(store);
    const ids = [...spans.keys()];
    const loaded = await requestAll(ids, async (id) => {
      const months = spans.get(id)!.map(monthOf).sort();
      const from = months[0]!;
      const to = months.at(-1)!;
      const [before, inside, after] = await Promise.all([
        store.openCursor(IDBKeyRange.bound([id], [id, from], false, true), 'prev'),
        store.getAll(accountRange(id, from, to)),
        store.openCursor(IDBKeyRange.bound([id, to], [id, []], true), 'next'),
      ]);
      return [...(before ? [before.value] : []), ...inside, ...(after ? [after.value] : [])];
    });
    ids.forEach((id, i) => set.pages.set(id, loaded[i]!));
    return set;
  }

  /** The newest row at or before `at`. */
  before(accountId: string, at: string): Observation | undefined {
    const pages = this.pages.get(accountId) ?? [];
    for (let i = pages.length - 1; i >= 0; i--) {
      const page = pages[i]!;
      if (page.month > monthOf(at)) continue;
      const n = upperBound(page.rows, at);
      if (n > 0) return page.rows[n - 1];
    }
    return undefined;
  }

  /** The oldest row strictly after `at`. */
  after(accountId: string, at: string): Observation | undefined {
    for (const page of this.pages.get(accountId) ?? []) {
      if (page.month < monthOf(at)) continue;
      const n = upperBound(page.rows, at);
      if (n < page.rows.length) return page.rows[n];
    }
    return undefined;
  }

  /** The row at exactly `at`, if any. */
  at(accountId: string, at: string): Observation | undefined {
    const row = this.before(accountId, at);
    return row?.at === at ? row : undefined;
  }

  /** Adds a row, or replaces the row with the same `at`. */
  put(row: Observation): void {
    const page = this.page(row.accountId, monthOf(row.at));
    const n = upperBound(page.rows, row.at);
    if (n > 0 && page.rows[n - 1]!.at === row.at) page.rows[n - 1] = row;
    else page.rows.splice(n, 0, row);
    this.changed.set(`${row.accountId} ${page.month}`, page);
  }

  /** Removes the row at `at`. */
  remove(accountId: string, at: string): void {
    const page = this.page(accountId, monthOf(at));
    const n = upperBound(page.rows, at);
    if (n > 0 && page.rows[n - 1]!.at === at) page.rows.splice(n - 1, 1);
    this.changed.set(`${accountId} ${page.month}`, page);
  }

  /** Writes every changed page back; awaits nothing but requests of the store. */
  async flush(): Promise<void> {
    const pages = [...this.changed.values()];
    this.changed.clear();
    await requestAll(pages, (p) => (p.rows.length ? this.store.put(p) : this.store.delete([p.accountId, p.month])));
  }

  private page(accountId: string, month: string): ObservationMonth {
    let pages = this.pages.get(accountId);
    if (!pages) this.pages.set(accountId, (pages = []));
    let i = pages.findIndex((p) => p.month >= month);
    if (i === -1) i = pages.length;
    if (pages[i]?.month !== month) pages.splice(i, 0, { accountId, month, rows: [] });
    return pages[i]!;
  }
}

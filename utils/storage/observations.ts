// Writes a capture (or a manual entry) into the history. Revisiting an unchanged page must not grow
// the database, so an observation identical to its neighbour in time only moves `lastSeenAt`.
import { accountSchema, carriesObservedValue, eventSchema, observationSchema } from '../model/history-schema';
import { OBSERVED_FIELDS, type Account, type HistoryEvent, type Observation, type ObservedValues } from '../model/types';
import { tally, updateSummaries } from './account-summary';
import { HISTORY_STORES, DbError, writeTransaction, type SentinelDb, type StoredAccount } from './db';
import { MonthPages } from './observation-months';
import { addEvents } from './event-months';
import { withEventDigests, withObservationDigests } from './chart-digests';

export interface RecordCounts {
  /** New observation rows. */
  added: number;
  /** Observations folded into an identical neighbouring row. */
  collapsed: number;
  /** New events (an event already stored adds nothing). */
  events: number;
}

/** Absent equals absent only: "not shown" and "shown as 0" are different observations. */
export const sameValues = (a: ObservedValues, b: ObservedValues): boolean => OBSERVED_FIELDS.every((f) => a[f] === b[f]);

export const seenUntil = (o: Observation): string => o.lastSeenAt ?? o.at;

/** The row to write for `incoming`, or undefined when the stored account already says it all.
 *  A stored account keeps its fields (the person may have renamed it); gaps are filled. */
export function mergeAccount(stored: StoredAccount | undefined, incoming: Account): Account | undefined {
  if (!stored) return incoming;
  // Names the person gave (rename-account.ts) stay; only a missing kind is filled in.
  if (stored.namedByPerson)
    return stored.kind !== undefined || incoming.kind === undefined ? undefined : { ...stored, kind: incoming.kind };
  // A tracked site's accounts are named after the site (the person's name for it, or its host's
  // lender), which may change: the newest name wins. Other accounts keep their first name.
  if (stored.id.startsWith('site:') && incoming.lender !== stored.lender) {
    return { ...stored, lender: incoming.lender, product: stored.product ?? incoming.product, kind: stored.kind ?? incoming.kind };
  }
  if ((stored.product !== undefined || incoming.product === undefined) && (stored.kind !== undefined || incoming.kind === undefined))
    return undefined;
  return { ...stored, product: stored.product ?? incoming.product, kind: stored.kind ?? incoming.kind };
}

function validated<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown): T {
  // The same schema as import: whatever is stored can always be exported and imported again.
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DbError('invalid-entry');
  return parsed.data;
}

export interface RecordBatch {
  accounts: Account[];
  observations: Observation[];
  events: HistoryEvent[];
}

export async function recordObservations(db: SentinelDb, batch: RecordBatch): Promise<RecordCounts> {
  const accounts = batch.accounts.map((a) => validated(accountSchema, a));
  // A view that showed nothing usable is not an observation in the history format: skip it.
  const observations = batch.observations
    .filter(carriesObservedValue)
    .map((o) => validated(observationSchema, o))
    // Time order per account, so that a batch collapses the same way however it was assembled.
    .sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const events = batch.events.map((e) => validated(eventSchema, e));

  // Read and write in one transaction: IndexedDB runs overlapping readwrite transactions one after
  // another, so 20 tabs capturing the same account at once still see each other's rows.
  return writeTransaction(db, [...HISTORY_STORES], async (tx) => {
    const counts: RecordCounts = { added: 0, collapsed: 0, events: 0 };
    const accountStore = tx.objectStore('accounts');
    const known = new Set<string>();
    const requireAccount = async (id: string) => {
      if (known.has(id)) return;
      if ((await accountStore.getKey(id)) === undefined) throw new DbError('invalid-entry');
      known.add(id);
    };
    for (const account of accounts) {
      const stored = await accountStore.get(account.id);
      const row = mergeAccount(stored, account);
      // A new account starts its row count at 0; older rows without a count are counted later.
      if (row) await accountStore.put(withoutUndefined(stored ? row : { ...row, observationCount: 0 }));
      known.add(account.id);
    }
    for (const o of observations) await requireAccount(o.accountId);
    const pages = await MonthPages.load(
      withObservationDigests(tx.objectStore('observationMonths'), tx.objectStore('observationDigests')),
      spansOf(observations),
    );
    const addedPerAccount = new Map<string, number>();
    for (const o of observations) if (place(pages, o, counts)) tally(addedPerAccount, o.accountId);
    await pages.flush();
    // Collapses move `lastSeenAt` of a stored row: every account with an observation is touched.
    await updateSummaries(
      tx as never /* holds both stores it uses */,
      observations.map((o) => o.accountId),
      addedPerAccount,
    );
    for (const e of events) if (e.accountId !== undefined) await requireAccount(e.accountId);
    // An event already stored (same content key) or repeated in the batch is added once.
    counts.events = await addEvents(
      tx.objectStore('eventMonths'),
      withEventDigests(tx.objectStore('eventSubjectMonths'), tx.objectStore('eventDigests')),
      events,
    );
    return counts;
  });
}

/** The times of each account's rows, for loading the pages they fall in. */
export function spansOf(rows: readonly Observation[]): Map<string, string[]> {
  const spans = new Map<string, string[]>();
  for (const o of rows) {
    const ats = spans.get(o.accountId);
    if (ats) ats.push(o.at);
    else spans.set(o.accountId, [o.at]);
  }
  return spans;
}

/** Stores one observation (or collapses it into its neighbour); true when a row was added. */
function place(pages: MonthPages, o: Observation, counts: RecordCounts): boolean {
  const before = pages.before(o.accountId, o.at);
  if (before && sameValues(before, o)) {
    const until = maxTime(seenUntil(before), seenUntil(o));
    if (until !== seenUntil(before)) pages.put({ ...before, lastSeenAt: until });
    counts.collapsed++;
    return false;
  }
  // Same account, same instant, different values: the first row stays (as in an import).
  if (before?.at === o.at) return false;
  // Captures can arrive out of time order; an identical row just after is the same run of values,
  // so it now starts earlier.
  const after = pages.after(o.accountId, o.at);
  if (after && sameValues(after, o)) {
    const until = maxTime(seenUntil(after), seenUntil(o));
    pages.remove(o.accountId, after.at);
    pages.put(withoutUndefined({ ...o, lastSeenAt: until }));
    counts.collapsed++;
    return false;
  }
  pages.put(withoutUndefined(o));
  counts.added++;
  return true;
}

// Instants are normalised ISO strings, so string order is time order.
const maxTime = (a: string, b: string) => (a > b ? a : b);

/** Structured clone keeps `key: undefined`; stored rows should hold only the fields they have. */
export function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

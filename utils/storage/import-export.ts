// The history file (../shared/design/history-format.md) in and out of the database. Export is
// deterministic so that export → import → export is the same file; import is all-or-nothing.
import type { Failure, ImportSummary } from '../messaging/protocol';
import { HISTORY_FORMAT, HISTORY_VERSION, parseHistory } from '../model/history-schema';
import type { Account, HistoryEvent, HistoryFile, Observation } from '../model/types';
import { latestAccepted } from '../model/instant';
import type { IDBPObjectStore } from 'idb';
import { requestAll, toDbError, writeTransaction, type SentinelDb, type SentinelSchema, type StoredEvent } from './db';
import { tally, updateSummaries } from './account-summary';
import { addEvents, readEvents } from './event-months';
import { MAX_IMPORT_BYTES } from './limits';
import { mergeAccount, seenUntil, withoutUndefined } from './observations';

// Kept in limits.ts so extension pages can split a large import without loading the importer.
export { MAX_IMPORT_BYTES };

/** Copies the listed fields in the format's order, leaving out absent ones and internal keys. */
function pick<T extends object>(row: T, fields: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const f of fields) if (row[f] !== undefined) out[f] = row[f];
  return out as T;
}
export const toAccount = (a: Account): Account => pick(a, ['id', 'lender', 'product', 'kind']);
export const toObservation = (o: Observation): Observation =>
  pick(o, ['accountId', 'at', 'lastSeenAt', 'totalLimit', 'availableLimit', 'usedAmount', 'dailyRate', 'apr', 'status', 'statusText', 'increaseAvailable', 'source', 'url']);
export const toEvent = (e: HistoryEvent | StoredEvent): HistoryEvent =>
  pick(e as HistoryEvent, ['at', 'kind', 'accountId', 'lender', 'amount', 'reason', 'outcome', 'full', 'source']);

export async function exportHistory(db: SentinelDb, now: Date): Promise<HistoryFile> {
  const tx = db.transaction(['accounts', 'observations', 'eventMonths'], 'readonly');
  // Key order is the file order: accounts by id, observations by [accountId, at], events by month
  // page, each page sorted by at, then the content key.
  const [accounts, observations, events] = await Promise.all([
    tx.objectStore('accounts').getAll(),
    tx.objectStore('observations').getAll(),
    readEvents(tx.objectStore('eventMonths')),
    tx.done,
  ]);
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_VERSION,
    exportedAt: now.toISOString(),
    accounts: accounts.map(toAccount),
    observations: observations.map(toObservation),
    events: events.map(toEvent),
  };
}

/** UTF-8 size check that encodes the text only when its length alone cannot decide. */
function tooLarge(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false; // a UTF-16 unit is at most 3 UTF-8 bytes
  return new TextEncoder().encode(text).length > maxBytes;
}

export interface ImportOptions {
  /** The clock the file's times are checked against (nothing more than a day ahead is stored). */
  now?: Date;
  maxBytes?: number;
}

export async function importHistory(db: SentinelDb, text: string, { now = new Date(), maxBytes = MAX_IMPORT_BYTES }: ImportOptions = {}): Promise<{ ok: true; added: ImportSummary } | Failure> {
  const expectedSize = `a file of at most ${Math.floor(maxBytes / 1024)} KiB`;
  if (tooLarge(text, maxBytes)) return { ok: false, code: 'too-large', path: '', expected: expectedSize };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: 'invalid-file', path: '', expected: 'JSON' };
  }
  const parsed = parseHistory(json, { latest: latestAccepted(now) });
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, added: await writeFile(db, parsed.file) };
  } catch (e) {
    return { ok: false, code: toDbError(e).code };
  }
}

function writeFile(db: SentinelDb, file: HistoryFile): Promise<ImportSummary> {
  return writeTransaction(db, ['accounts', 'observations', 'eventMonths'], async (tx) => {
    const added: ImportSummary = { accounts: 0, observations: 0, events: 0 };
    const accounts = tx.objectStore('accounts');
    const storedAccounts = await requestAll(file.accounts, (a) => accounts.get(a.id));
    await requestAll(file.accounts, async (a, i) => {
      const row = mergeAccount(storedAccounts[i], a);
      if (!storedAccounts[i]) added.accounts++;
      if (row) await accounts.put(withoutUndefined(storedAccounts[i] ? row : { ...row, observationCount: 0 }));
    });
    const observations = tx.objectStore('observations');
    const stored = await storedRowsAt(observations, file.observations);
    const addedPerAccount = new Map<string, number>();
    await requestAll(file.observations, async (o) => {
      const row = stored.get(o.accountId)?.get(o.at);
      if (!row) {
        added.observations++;
        tally(addedPerAccount, o.accountId);
        await observations.add(toObservation(o));
      } else if (seenUntil(o) > seenUntil(row)) {
        // The row already kept is kept; the file only tells us its values were seen for longer.
        await observations.put({ ...row, lastSeenAt: seenUntil(o) });
      }
    });
    await updateSummaries(tx as never /* holds both stores it uses */, file.observations.map((o) => o.accountId), addedPerAccount);
    // A bill's thousands of events are one read and one write per month they fall in. The same
    // event twice in one file is one event; one already stored adds nothing.
    added.events = await addEvents(tx.objectStore('eventMonths'), file.events.map(toEvent));
    return added;
  });
}

type ObservationStore = IDBPObjectStore<SentinelSchema, ['accounts', 'observations', 'eventMonths'], 'observations', 'readwrite'>;

/**
 * The stored rows at the file's [account, at] keys, by account then time. One row per request costs
 * an IPC round trip each in Chromium (50,000 gets: seconds), so each account's span in the file is
 * asked for its keys at once, and only an account that already holds some of them is read in full
 * over that span (a second import of the same file).
 */
async function storedRowsAt(store: ObservationStore, rows: readonly Observation[]): Promise<Map<string, Map<string, Observation>>> {
  const spans = new Map<string, { from: string; to: string; ats: Set<string> }>();
  for (const o of rows) {
    const span = spans.get(o.accountId);
    if (!span) spans.set(o.accountId, { from: o.at, to: o.at, ats: new Set([o.at]) });
    else {
      if (o.at < span.from) span.from = o.at;
      if (o.at > span.to) span.to = o.at;
      span.ats.add(o.at);
    }
  }
  const ids = [...spans.keys()];
  const range = (id: string) => IDBKeyRange.bound([id, spans.get(id)!.from], [id, spans.get(id)!.to]);
  const keys = await requestAll(ids, (id) => store.getAllKeys(range(id)));
  const overlapping = ids.filter((id, i) => keys[i]!.some(([, at]) => spans.get(id)!.ats.has(at)));
  const read = await requestAll(overlapping, (id) => store.getAll(range(id)));
  return new Map(overlapping.map((id, i) => [id, new Map(read[i]!.map((o) => [o.at, o]))]));
}

export function deleteEverything(db: SentinelDb): Promise<void> {
  return writeTransaction(db, ['accounts', 'observations', 'eventMonths', 'alerts'], async (tx) => {
    await Promise.all([tx.objectStore('accounts').clear(), tx.objectStore('observations').clear(), tx.objectStore('eventMonths').clear(), tx.objectStore('alerts').clear()]);
  });
}

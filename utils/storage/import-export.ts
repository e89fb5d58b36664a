// The history file (../shared/design/history-format.md) in and out of the database. Export is
// deterministic so that export → import → export is the same file; import is all-or-nothing.
import type { Failure, ImportSummary } from '../messaging/protocol';
import { HISTORY_FORMAT, HISTORY_VERSION, parseHistory } from '../model/history-schema';
import { OBSERVED_FIELDS, type Account, type HistoryEvent, type HistoryFile, type Observation } from '../model/types';
import { latestAccepted } from '../model/instant';
import { HISTORY_STORES, requestAll, toDbError, writeTransaction, type SentinelDb, type StoredEvent } from './db';
import { tally, updateSummaries } from './account-summary';
import { addEvents, readEvents } from './event-months';
import { MAX_IMPORT_BYTES } from './limits';
import { MonthPages, readAllObservations } from './observation-months';
import { mergeAccount, seenUntil, spansOf, withoutUndefined } from './observations';
import { withEventDigests, withObservationDigests } from './chart-digests';

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
  pick(o, ['accountId', 'at', 'lastSeenAt', ...OBSERVED_FIELDS, 'source', 'url']);
export const toEvent = (e: HistoryEvent | StoredEvent): HistoryEvent =>
  pick(e as HistoryEvent, ['at', 'kind', 'accountId', 'lender', 'amount', 'reason', 'outcome', 'full', 'source']);

export async function exportHistory(db: SentinelDb, now: Date): Promise<HistoryFile> {
  const tx = db.transaction(['accounts', 'observationMonths', 'eventMonths'], 'readonly');
  // Key order is the file order: accounts by id, observations by account then time (pages keyed
  // [accountId, month]), events by month page, each page sorted by at, then the content key.
  const [accounts, observations, events] = await Promise.all([
    tx.objectStore('accounts').getAll(),
    readAllObservations(tx.objectStore('observationMonths')),
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

export async function importHistory(
  db: SentinelDb,
  text: string,
  { now = new Date(), maxBytes = MAX_IMPORT_BYTES }: ImportOptions = {},
): Promise<{ ok: true; added: ImportSummary } | Failure> {
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
  return writeTransaction(db, [...HISTORY_STORES], async (tx) => {
    const added: ImportSummary = { accounts: 0, observations: 0, events: 0 };
    const accounts = tx.objectStore('accounts');
    const storedAccounts = await requestAll(file.accounts, (a) => accounts.get(a.id));
    await requestAll(file.accounts, async (a, i) => {
      const row = mergeAccount(storedAccounts[i], a);
      if (!storedAccounts[i]) added.accounts++;
      if (row) await accounts.put(withoutUndefined(storedAccounts[i] ? row : { ...row, observationCount: 0 }));
    });
    // A 50,000-row file is a few thousand page reads and writes (observation-months.ts).
    const pages = await MonthPages.load(
      withObservationDigests(tx.objectStore('observationMonths'), tx.objectStore('observationDigests')),
      spansOf(file.observations),
    );
    const addedPerAccount = new Map<string, number>();
    for (const o of file.observations) {
      const row = pages.at(o.accountId, o.at);
      if (!row) {
        added.observations++;
        tally(addedPerAccount, o.accountId);
        pages.put(toObservation(o));
      } else if (seenUntil(o) > seenUntil(row)) {
        // The row already kept is kept; the file only tells us its values were seen for longer.
        pages.put({ ...row, lastSeenAt: seenUntil(o) });
      }
    }
    await pages.flush();
    await updateSummaries(
      tx as never /* holds both stores it uses */,
      file.observations.map((o) => o.accountId),
      addedPerAccount,
    );
    // A bill's thousands of events are one read and one write per month they fall in. The same
    // event twice in one file is one event; one already stored adds nothing.
    added.events = await addEvents(
      tx.objectStore('eventMonths'),
      withEventDigests(tx.objectStore('eventSubjectMonths'), tx.objectStore('eventDigests')),
      file.events.map(toEvent),
    );
    return added;
  });
}

export function deleteEverything(db: SentinelDb): Promise<void> {
  return writeTransaction(db, [...HISTORY_STORES, 'alerts'], async (tx) => {
    await Promise.all([
      tx.objectStore('eventSubjectMonths').clear(),
      tx.objectStore('observationDigests').clear(),
      tx.objectStore('eventDigests').clear(),
      tx.objectStore('accounts').clear(),
      tx.objectStore('observationMonths').clear(),
      tx.objectStore('eventMonths').clear(),
      tx.objectStore('alerts').clear(),
    ]);
  });
}

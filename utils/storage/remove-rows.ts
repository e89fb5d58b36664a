// Corrections: one observation or one event read or typed wrong is removed, and put back on undo.
// Undo is held by the page, not by a trash store: the removal answers with the removed row, the
// page keeps it while it offers "undo" and sends it back (`ui:restore`), where it is validated by the
// history schema like an import. No new store, no schema version, nothing left behind to purge, and
// the background never trusts more than it would from an import.
// Rows are put back exactly where they were: a restored observation is not collapsed into an
// identical neighbour, and keeps its `lastSeenAt`. Removing an account's last observation keeps the
// account: the history format allows an account without observations, and its events may name it.
import { eventSchema, observationSchema } from '../model/history-schema';
import type { HistoryEvent, Observation } from '../model/types';
import { updateSummaries } from './account-summary';
import { writeTransaction, type SentinelDb, type StoredEvent } from './db';
import { addEvents, monthOf } from './event-months';
import { reindexMonths, subjectsOf } from './event-subjects';
import { toEvent, toObservation } from './import-export';
import { withoutUndefined } from './observations';
import { withEventDigests, withObservationDigests } from './chart-digests';

/** Why a correction could not be made: the field and what it should have been (no values). */
export interface CorrectionProblem {
  path: string;
  expected: string;
}

export type Corrected<T> = { ok: true; value: T } | { ok: false; problem: CorrectionProblem };

export const EXPECT_ACCOUNT = 'an existing account';
export const EXPECT_STORED_OBSERVATION = 'the time of a stored observation of this account';
export const EXPECT_STORED_EVENT = 'the key of a stored event';
export const EXPECT_FREE_TIME = 'a time not used by another observation of this account';

const problem = (path: string, expected: string): { ok: false; problem: CorrectionProblem } => ({ ok: false, problem: { path, expected } });

/** Removes the observation of `accountId` at `at` (a normalised instant); answers the removed row. */
export function removeObservation(db: SentinelDb, accountId: string, at: string): Promise<Corrected<Observation>> {
  return writeTransaction(db, ['accounts', 'observationMonths', 'observationDigests'], async (tx) => {
    if ((await tx.objectStore('accounts').getKey(accountId)) === undefined) return problem('accountId', EXPECT_ACCOUNT);
    const store = withObservationDigests(tx.objectStore('observationMonths'), tx.objectStore('observationDigests'));
    const page = await store.get([accountId, monthOf(at)]);
    const i = page ? page.rows.findIndex((o) => o.at === at) : -1;
    if (!page || i === -1) return problem('at', EXPECT_STORED_OBSERVATION);
    const [removed] = page.rows.splice(i, 1);
    await (page.rows.length ? store.put(page) : store.delete([accountId, page.month]));
    // Count down by one, the edges read again, a new pagesVersion for the rule run's cache.
    await updateSummaries(tx as never /* holds both stores it uses */, [accountId], new Map([[accountId, -1]]));
    return { ok: true, value: toObservation(removed!) };
  });
}

/** The month an event key names: keys are db.ts `eventKey`, a JSON array that starts with `at`. */
function monthOfKey(key: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(key);
    return Array.isArray(parsed) && typeof parsed[0] === 'string' ? monthOf(parsed[0]) : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the event stored under `key`; answers it (as the history file lists events). */
export function removeEvent(db: SentinelDb, key: string): Promise<Corrected<HistoryEvent>> {
  return writeTransaction(db, ['eventMonths', 'eventSubjectMonths', 'eventDigests'], async (tx) => {
    const store = tx.objectStore('eventMonths');
    const month = monthOfKey(key);
    // A key that does not name its month (none is stored so today) is looked for in every page.
    const pages = month === undefined ? await store.getAll() : [await store.get(month)].filter((p) => p !== undefined);
    for (const page of pages) {
      const i = page.events.findIndex((e) => e.key === key);
      if (i === -1) continue;
      const [removed] = page.events.splice(i, 1) as [StoredEvent];
      await (page.events.length ? store.put(page) : store.delete(page.month));
      await reindexMonths(
        withEventDigests(tx.objectStore('eventSubjectMonths'), tx.objectStore('eventDigests')),
        [page],
        subjectsOf([removed]),
      );
      return { ok: true, value: toEvent(removed) };
    }
    return problem('key', EXPECT_STORED_EVENT);
  });
}

/** What the page sends back on undo: exactly one of the two. */
export type RestoreEntry = { observation: unknown; event?: undefined } | { event: unknown; observation?: undefined };

const issuePath = (prefix: string, path: readonly PropertyKey[]) => [prefix, ...path.map(String)].join('.');

/**
 * Puts a removed row back, checked like an import. Answers 1 when it was stored, 0 when the very same
 * row is already there (an undo sent twice). A different observation at the same time is refused:
 * restoring must not overwrite what was stored since.
 */
export async function restoreRow(db: SentinelDb, entry: RestoreEntry): Promise<Corrected<number>> {
  if (entry.observation !== undefined) {
    const parsed = observationSchema.safeParse(entry.observation);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(issuePath('observation', issue?.path ?? []), issue?.message ?? 'an observation object');
    }
    return restoreObservation(db, withoutUndefined(toObservation(parsed.data)));
  }
  const parsed = eventSchema.safeParse(entry.event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem(issuePath('event', issue?.path ?? []), issue?.message ?? 'an event object');
  }
  const event = toEvent(parsed.data);
  return writeTransaction(db, ['accounts', 'eventMonths', 'eventSubjectMonths', 'eventDigests'], async (tx) => {
    if (event.accountId !== undefined && (await tx.objectStore('accounts').getKey(event.accountId)) === undefined)
      return problem('event.accountId', EXPECT_ACCOUNT);
    // Its content key is the one it was stored under (db.ts eventKey): it goes back to its place.
    return {
      ok: true,
      value: await addEvents(
        tx.objectStore('eventMonths'),
        withEventDigests(tx.objectStore('eventSubjectMonths'), tx.objectStore('eventDigests')),
        [event],
      ),
    };
  });
}

const sameRow = (a: Observation, b: Observation) => JSON.stringify(toObservation(a)) === JSON.stringify(toObservation(b));

function restoreObservation(db: SentinelDb, row: Observation): Promise<Corrected<number>> {
  return writeTransaction(db, ['accounts', 'observationMonths', 'observationDigests'], async (tx) => {
    if ((await tx.objectStore('accounts').getKey(row.accountId)) === undefined) return problem('observation.accountId', EXPECT_ACCOUNT);
    const store = withObservationDigests(tx.objectStore('observationMonths'), tx.objectStore('observationDigests'));
    const month = monthOf(row.at);
    const page = (await store.get([row.accountId, month])) ?? { accountId: row.accountId, month, rows: [] };
    const i = page.rows.findIndex((o) => o.at >= row.at);
    const there = i === -1 ? undefined : page.rows[i];
    if (there?.at === row.at) {
      return sameRow(there, row) ? { ok: true, value: 0 } : problem('observation.at', EXPECT_FREE_TIME);
    }
    // Into its place by time, never merged with a neighbour: the page becomes what it was.
    page.rows.splice(i === -1 ? page.rows.length : i, 0, row);
    await store.put(page);
    await updateSummaries(tx as never /* holds both stores it uses */, [row.accountId], new Map([[row.accountId, 1]]));
    return { ok: true, value: 1 };
  });
}

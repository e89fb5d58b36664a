// Corrections: two account ids that are one account (the same card read from two pages) become one.
// Every observation and event of `from` moves to `into`; `from` and its alerts go (the rule run that
// follows finds what still holds, now on `into`). Nothing is dropped: a moved row whose time `into`
// already uses is moved 1 ms later (again until free), since the database keeps one observation
// per account and instant, and one event per content key. One transaction: all or nothing.
import type { Observation } from '../model/types';
import { withEdges } from './account-summary';
import {
  HISTORY_STORES,
  accountRange,
  eventKey,
  requestAll,
  writeTransaction,
  type EventMonth,
  type ObservationMonth,
  type SentinelDb,
  type StoredEvent,
} from './db';
import { compareEvents, monthOf } from './event-months';
import { reindexMonths, subjectsOf } from './event-subjects';
import { toEvent } from './import-export';
import { withoutUndefined } from './observations';
import { EXPECT_ACCOUNT, type Corrected } from './remove-rows';
import { withEventDigests, withObservationDigests } from './chart-digests';

export interface MergeSummary {
  /** Rows moved from `from` to `into`. */
  observations: number;
  events: number;
  /** Of those, how many were moved 1 ms (or a few ms) later to keep them apart from a row already there. */
  shifted: number;
}

export const EXPECT_OTHER_ACCOUNT = 'an account other than the one merged into it';

const later = (at: string): string => new Date(Date.parse(at) + 1).toISOString();

/** The row 1 ms later; `lastSeenAt`, when kept, stays not before `at`. */
function shifted(o: Observation): Observation {
  const at = later(o.at);
  return { ...o, at, ...(o.lastSeenAt !== undefined && o.lastSeenAt < at && { lastSeenAt: at }) };
}

const byAt = (a: Observation, b: Observation) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

export function mergeAccounts(db: SentinelDb, from: string, into: string): Promise<Corrected<MergeSummary>> {
  return writeTransaction(db, [...HISTORY_STORES, 'alerts'], async (tx) => {
    if (from === into) return { ok: false, problem: { path: 'into', expected: EXPECT_OTHER_ACCOUNT } };
    const accounts = tx.objectStore('accounts');
    const [fromRow, intoRow] = await requestAll([from, into], (id) => accounts.get(id));
    if (!fromRow) return { ok: false, problem: { path: 'from', expected: EXPECT_ACCOUNT } };
    if (!intoRow) return { ok: false, problem: { path: 'into', expected: EXPECT_ACCOUNT } };
    const summary: MergeSummary = { observations: 0, events: 0, shifted: 0 };

    // Observations: both accounts' pages, read whole (a correction is rare; one account's rows fit).
    const pages = withObservationDigests(tx.objectStore('observationMonths'), tx.objectStore('observationDigests'));
    const [fromPages = [], intoPages = []] = await requestAll([from, into], (id) => pages.getAll(accountRange(id)));
    const rows = intoPages.flatMap((p) => p.rows);
    const taken = new Set(rows.map((o) => o.at));
    for (const o of fromPages.flatMap((p) => p.rows)) {
      let moved: Observation = { ...o, accountId: into };
      if (taken.has(moved.at)) summary.shifted++;
      while (taken.has(moved.at)) moved = shifted(moved);
      taken.add(moved.at);
      rows.push(moved);
      summary.observations++;
    }
    rows.sort(byAt);
    const byMonth = new Map<string, ObservationMonth>();
    for (const o of rows) {
      const month = monthOf(o.at);
      const page = byMonth.get(month);
      if (page) page.rows.push(o);
      else byMonth.set(month, { accountId: into, month, rows: [o] });
    }
    await requestAll(fromPages, (p) => pages.delete([from, p.month]));
    await requestAll([...byMonth.values()], (p) => pages.put(p));

    // The account `into` keeps its names (a missing product or kind is taken from `from`) and its
    // bookkeeping is computed from the rows it now has; a new pagesVersion renews the rule cache.
    const named = { ...intoRow, product: intoRow.product ?? fromRow.product, kind: intoRow.kind ?? fromRow.kind };
    await accounts.put(withEdges(withoutUndefined(named), rows.length, rows.at(-1), rows[0]));
    await accounts.delete(from);

    // Events: every page is read, since events of `from` may lie in any month.
    const eventPages = tx.objectStore('eventMonths');
    const all = await eventPages.getAll();
    const keys = new Set(all.flatMap((p) => p.events.map((e) => e.key)));
    const byEventMonth = new Map<string, EventMonth>(all.map((p) => [p.month, p]));
    const touched = new Set<string>();
    const movedEvents: StoredEvent[] = [];
    for (const page of all) {
      const stay = page.events.filter((e) => e.accountId !== from);
      if (stay.length === page.events.length) continue;
      for (const e of page.events) {
        if (e.accountId !== from) continue;
        let moved = { ...toEvent(e), accountId: into };
        if (keys.has(eventKey(moved))) summary.shifted++;
        while (keys.has(eventKey(moved))) moved = { ...moved, at: later(moved.at) };
        const key = eventKey(moved);
        keys.add(key);
        movedEvents.push({ ...moved, key });
      }
      page.events = stay;
      touched.add(page.month);
    }
    for (const e of movedEvents) {
      const month = monthOf(e.at);
      let page = byEventMonth.get(month);
      if (!page) byEventMonth.set(month, (page = { month, events: [] }));
      page.events.push(e);
      touched.add(month);
    }
    summary.events = movedEvents.length;
    await requestAll([...touched], (month): Promise<unknown> => {
      const page = byEventMonth.get(month)!;
      page.events.sort(compareEvents);
      return page.events.length ? eventPages.put(page) : eventPages.delete(month);
    });
    // The moved events leave `from`'s subject pages for `into`'s.
    await reindexMonths(
      withEventDigests(tx.objectStore('eventSubjectMonths'), tx.objectStore('eventDigests')),
      [...touched].map((month) => byEventMonth.get(month)!),
      subjectsOf([{ accountId: from }, { accountId: into }]),
    );

    // Alerts about `from` no longer name an account; the rule run that follows recomputes `into`'s.
    const alerts = tx.objectStore('alerts');
    for (const a of await alerts.getAll()) if (a.accountId === from) await alerts.delete(a.id);
    return { ok: true, value: summary };
  });
}

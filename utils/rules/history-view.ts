// Turns a history (file or database rows) into the sorted, `now`-bounded view every rule reads.
// Done once per evaluation so each rule is a cheap walk over sorted arrays: parsing 100k ISO
// strings is the expensive part, and it happens here exactly once.
import type { Account, HistoryEvent, Observation } from '../model/types';
import type { AccountTimeline, HistoryView, TimedEvent, TimedObservation } from './types';
import { DAY_MS } from './types';

export interface HistoryInput {
  accounts: readonly Account[];
  observations: readonly Observation[];
  events: readonly HistoryEvent[];
}

/** Total order on same-instant rows, so the view never depends on input order. */
const canonical = (o: object): string => JSON.stringify(o, Object.keys(o).sort());

function byTimeThenContent<T extends { t: number }>(a: T, b: T): number {
  if (a.t !== b.t) return a.t - b.t;
  const ca = canonical(a);
  const cb = canonical(b);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

/** Sorted in place; equal neighbours (same instant, same content) dropped. */
function sortUnique<T extends { t: number }>(rows: T[]): T[] {
  rows.sort(byTimeThenContent);
  const out: T[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (prev && prev.t === row.t && canonical(prev) === canonical(row)) continue;
    out.push(row);
  }
  return out;
}

/** `2026-11-23T08:00:00.000Z`: the form we write. Such strings order like the instants they name. */
const isCanonical = (iso: string): boolean => iso.length === 24 && iso.charCodeAt(23) === 90 && iso.charCodeAt(10) === 84;

/**
 * What a rule may need from before the horizon, per account: the last row, and for each value the
 * last row showing it and the last row showing a different value ("the previous limit").
 */
const SLOTS: ((o: Observation) => unknown)[] = [
  () => 'any',
  (o) => o.totalLimit,
  (o) => o.availableLimit,
  (o) => o.usedAmount,
  (o) => o.apr ?? (o.dailyRate === undefined ? undefined : o.dailyRate * 365),
  (o) => (o.status === 'unknown' ? undefined : o.status),
  (o) => o.increaseAvailable,
  // Whether a row came from a credit report: stale-account tells report-only accounts apart and
  // reads the newest report, so the latest row of each kind is kept.
  (o) => o.source === 'credit-report',
];

const seenOf = (o: Observation): string => o.lastSeenAt ?? o.at;

/** Compares two ISO instants; canonical strings compare as strings, others are parsed. */
function cmpInstant(x: string, y: string): number {
  return isCanonical(x) && isCanonical(y) ? (x > y ? 1 : x < y ? -1 : 0) : Date.parse(x) - Date.parse(y);
}
/** Oldest first; same instant ordered by content, so the outcome never depends on input order. */
function byAt(a: Observation, b: Observation): number {
  const d = cmpInstant(a.at, b.at);
  if (d !== 0) return d;
  const ca = canonical(a);
  const cb = canonical(b);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

/**
 * How many of the newest views before the horizon are kept whole. Rules version 2 reads a view
 * against its neighbours (a lone reading is no fall; a view whose available exceeds its total is
 * skipped when looking back for the previous limit), so the views just before the horizon decide
 * how the first ones after it read. Eight covers a run of several misread views in a row.
 */
const NEIGHBOURS = 8;

/**
 * The rows of one account from before the horizon that can still matter: per value, the latest row,
 * the first row of that latest run of equal values (when the condition began), and the latest row
 * with a different value (what it was before); and the row seen last. One walk back from the newest
 * row, which stops as soon as every value has changed once.
 */
function keptRows(rows: Observation[]): Set<Observation> {
  let ordered = true;
  for (let j = 1; j < rows.length && ordered; j++) ordered = cmpInstant(rows[j - 1]!.at, rows[j]!.at) < 0;
  const sorted = ordered ? rows : [...rows].sort(byAt);
  const out = new Set<Observation>();
  let seenLast = sorted[0]!;
  for (const o of sorted) {
    const d = cmpInstant(seenOf(o), seenOf(seenLast));
    if (d > 0 || (d === 0 && byAt(o, seenLast) > 0)) seenLast = o;
  }
  out.add(seenLast);
  const n = SLOTS.length;
  const best: unknown[] = new Array(n);
  const runStart: (Observation | undefined)[] = new Array(n);
  const done: boolean[] = new Array(n).fill(false);
  let open = n;
  for (let j = sorted.length - 1; j >= 0 && open > 0; j--) {
    const o = sorted[j]!;
    for (let i = 0; i < n; i++) {
      if (done[i]) continue;
      const v = SLOTS[i]!(o);
      if (v === undefined) continue;
      if (best[i] === undefined) {
        best[i] = v;
        out.add(o); // the latest row showing this value
      } else if (v !== best[i]) {
        out.add(o); // the value before; the row after it (kept below) began the latest run
        done[i] = true;
        open--;
        continue;
      }
      runStart[i] = o;
    }
  }
  for (const o of runStart) if (o) out.add(o);
  for (const o of sorted.slice(-NEIGHBOURS)) out.add(o);
  return out;
}

/**
 * The history as of `now`. With a horizon (days), rows seen only before `now − horizon` are left
 * out except the few that carry an account's last known values, and older events are left out:
 * every rule looks back less than the horizon (see `horizonDays`), so the alerts are the same and
 * a ten-year daily history costs about what its last months cost.
 */
export function buildHistoryView(history: HistoryInput, now: Date | number, horizon = Infinity): HistoryView {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const cutoff = nowMs - horizon * DAY_MS;
  const cutoffIso = Number.isFinite(cutoff) ? new Date(cutoff).toISOString() : '';
  const byId = new Map<string, AccountTimeline>();
  const accounts = [...history.accounts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const account of accounts) if (!byId.has(account.id)) byId.set(account.id, { account, observations: [] });
  const timelineOf = (id: string): AccountTimeline => {
    let timeline = byId.get(id);
    if (!timeline) {
      timeline = { account: { id, lender: id }, observations: [] };
      byId.set(id, timeline);
    }
    return timeline;
  };
  const add = (o: Observation, t: number) => {
    // A "last seen" after `now` is clipped: as of `now` the values were seen until `now` at most.
    const seenAt = o.lastSeenAt === undefined ? t : Date.parse(o.lastSeenAt);
    // Object.assign onto a fresh literal, not `{ ...o }`: V8 keeps the result a fast object, and
    // the rules walk these rows many times (spread rows measured ~15× slower to iterate).
    const timed: TimedObservation = Object.assign({ t, seen: Math.min(Math.max(seenAt, t), nowMs) }, o);
    timelineOf(o.accountId).observations.push(timed);
  };

  const beforeHorizon = new Map<string, Observation[]>();
  for (const o of history.observations) {
    const lastSeen = o.lastSeenAt ?? o.at;
    let old: boolean;
    let t = NaN;
    if (cutoffIso && isCanonical(o.at) && isCanonical(lastSeen)) {
      old = lastSeen <= cutoffIso; // cheap: most rows of a long history stop here, unparsed
    } else {
      t = Date.parse(o.at);
      old = Date.parse(lastSeen) <= cutoff && t <= cutoff;
    }
    if (old) {
      let rows = beforeHorizon.get(o.accountId);
      if (!rows) beforeHorizon.set(o.accountId, (rows = []));
      rows.push(o);
      continue;
    }
    if (Number.isNaN(t)) t = Date.parse(o.at);
    if (t <= nowMs) add(o, t);
  }
  for (const rows of beforeHorizon.values()) {
    for (const o of keptRows(rows)) add(o, Date.parse(o.at));
  }
  for (const timeline of byId.values()) timeline.observations = sortUnique(timeline.observations);

  const events: TimedEvent[] = [];
  for (const e of history.events) {
    const t = Date.parse(e.at);
    if (t <= nowMs && t > cutoff) events.push(Object.assign({ t }, e));
  }

  const timelines = [...byId.values()].sort((a, b) => (a.account.id < b.account.id ? -1 : a.account.id > b.account.id ? 1 : 0));
  return { now: nowMs, accounts: timelines, events: sortUnique(events), accountById: byId };
}

/** The newest observation at or before `now` (the view holds nothing later). */
export const latestOf = (timeline: AccountTimeline): TimedObservation | undefined =>
  timeline.observations[timeline.observations.length - 1];

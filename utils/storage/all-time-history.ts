// The chart of one account over all time, from its digests (chart-digest.ts) instead of its rows:
// used when the history is long enough that a column of the chart spans a day or more, so that the
// per-day selection of rows the digests hold is as fine as the chart can show. Nine years of one
// account are then about a hundred small rows read and at most a few points per column sent.
import { downsampleIndices } from '../chart/downsample';
import { EVENT_DOT, MAX_MARKS, type AccountHistory, type HistoryEventMark, type HistoryMark } from '../chart/history-types';
import { EVENT_KINDS, type Status } from '../model/types';
import type { EventDigest, ObservationDigest } from './schema';

export const DAY = 86_400_000;

/** True when the digests are fine enough for a chart of `columns` columns ending at `to` (ms): each
 *  column spans at least a day, and no row lies after `to` (the rows path clips those). */
export function digestsSuffice(digests: readonly ObservationDigest[], to: number, columns: number): boolean {
  const first = digests[0]?.first;
  const last = digests.at(-1);
  if (first === undefined || !last) return false;
  return (to - first) / Math.max(1, Math.floor(columns)) >= DAY && (last.t.at(-1) ?? 0) <= to;
}

/** The account's history over all time up to `to` (ms). `digests` in month order; `events` the
 *  digests of the account's subject and its lender's, in any order. */
export function historyFromDigests(
  accountId: string,
  digests: readonly ObservationDigest[],
  events: readonly EventDigest[],
  to: number,
  columns: number,
): AccountHistory {
  const from = digests[0]?.first ?? to;
  // The digests' columns end to end, copied once into flat arrays (NaN where a row does not tell a
  // value): the selection then reads plain numbers by index, where a look-up through each row's
  // digest and series name cost several times more in the worker's cold code.
  let n = 0;
  for (const d of digests) n += d.t.length;
  const lastDigest = digests.at(-1);
  // The last row stays drawn until it was last seen, as on the rows path: one more index, its values.
  const lastSeen = Math.min(to, lastDigest?.lastSeen ?? 0);
  const lastT = lastDigest?.t.at(-1);
  const count = n > 0 && lastT !== undefined && lastSeen > lastT ? n + 1 : n;
  const times = new Float64Array(count);
  const totals = new Float64Array(count);
  const availables = new Float64Array(count);
  const useds = new Float64Array(count);
  let i = 0;
  for (const d of digests) {
    const { t, total, available, used } = d;
    for (let j = 0; j < t.length; j++, i++) {
      times[i] = t[j]!;
      totals[i] = total[j] ?? NaN;
      availables[i] = available[j] ?? NaN;
      useds[i] = used[j] ?? NaN;
    }
  }
  if (count > n) {
    times[n] = lastSeen;
    for (const c of [totals, availables, useds]) c[n] = c[n - 1]!;
  }
  const value = (v: number) => (Number.isNaN(v) ? undefined : v);
  const kept = downsampleIndices(
    count,
    (k) => times[k]!,
    [(k) => value(totals[k]!), (k) => value(availables[k]!), (k) => value(useds[k]!)],
    from,
    to,
    columns,
  );
  const cell = (v: number) => (Number.isNaN(v) ? null : v);

  // The digests' change rows replayed in time order: the changes replaying every row would give.
  const marks: HistoryMark[] = [];
  let status: Status | undefined;
  let increase: boolean | undefined;
  for (const d of digests)
    for (const m of d.marks) {
      const total = m.total !== undefined ? { total: m.total } : {};
      if (m.status !== undefined && m.status !== status) {
        if (status !== undefined)
          marks.push({ at: m.at, kind: 'status', status: m.status, ...(m.statusText && { statusText: m.statusText }), ...total });
        status = m.status;
      }
      if (m.increase !== undefined && m.increase !== increase) {
        marks.push({ at: m.at, kind: 'increase', available: m.increase, ...total });
        increase = m.increase;
      }
    }

  const eventMarks = eventsPerDot(events, from, to, columns / EVENT_DOT);
  return {
    accountId,
    from,
    to,
    points: {
      t: kept.map((k) => times[k]!),
      total: kept.map((k) => cell(totals[k]!)),
      available: kept.map((k) => cell(availables[k]!)),
      used: kept.map((k) => cell(useds[k]!)),
    },
    marks: marks.slice(-MAX_MARKS),
    events: eventMarks.slice(-MAX_MARKS),
    rowCount: digests.reduce((sum, d) => sum + d.count, 0),
    truncated: marks.length > MAX_MARKS || eventMarks.length > MAX_MARKS,
  };
}

/** The day buckets merged per group of columns as wide as an event's dot, and per kind: one mark
 *  each, at the first event's instant, with the count and the sum; a lender kept only where every
 *  event in it shares it (dots closer than their size would only cover one another). */
function eventsPerDot(digests: readonly EventDigest[], from: number, to: number, groups: number): HistoryEventMark[] {
  const n = Math.max(1, Math.floor(groups));
  const width = to > from ? (to - from) / n : 1;
  const merged = new Map<number, HistoryEventMark & { count: number }>();
  for (const d of digests)
    for (const b of d.buckets) {
      if (b.at < from || b.at > to) continue;
      const id = Math.min(n - 1, Math.floor((b.at - from) / width)) * EVENT_KINDS.length + EVENT_KINDS.indexOf(b.kind);
      const m = merged.get(id);
      if (!m) {
        merged.set(id, { ...b });
        continue;
      }
      m.at = Math.min(m.at, b.at);
      m.count += b.count;
      if (m.amount !== undefined || b.amount !== undefined) m.amount = (m.amount ?? 0) + (b.amount ?? 0);
      if (m.lender !== b.lender) delete m.lender;
      delete m.outcome;
      delete m.full;
    }
  const out = [...merged.values()].map(({ count, ...e }): HistoryEventMark => (count === 1 ? e : { ...e, count }));
  return out.sort((a, b) => a.at - b.at || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

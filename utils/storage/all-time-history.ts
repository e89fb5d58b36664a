// The chart of one account over all time, from its digests (chart-digest.ts) instead of its rows:
// used when the history is long enough that a column of the chart spans a day or more, so that the
// per-day selection of rows the digests hold is as fine as the chart can show. Nine years of one
// account are then about a hundred small rows read and at most a few points per column sent.
import { downsample } from '../chart/downsample';
import { MAX_MARKS, type AccountHistory, type HistoryEventMark, type HistoryMark } from '../chart/history-types';
import type { Status } from '../model/types';
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

interface Point {
  t: number;
  total: number | null;
  available: number | null;
  used: number | null;
}

const value = (v: number | null) => (v === null ? undefined : v);

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
  const series: Point[] = [];
  for (const d of digests)
    for (let i = 0; i < d.t.length; i++) series.push({ t: d.t[i]!, total: d.total[i]!, available: d.available[i]!, used: d.used[i]! });
  // The last row stays drawn until it was last seen, as on the rows path.
  const last = series.at(-1);
  const lastSeen = Math.min(to, digests.at(-1)?.lastSeen ?? 0);
  if (last && lastSeen > last.t) series.push({ ...last, t: lastSeen });
  const kept = downsample(series, (p) => p.t, [(p) => value(p.total), (p) => value(p.available), (p) => value(p.used)], from, to, columns);

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

  const eventMarks = eventsPerColumn(events, from, to, columns);
  return {
    accountId,
    from,
    to,
    points: {
      t: kept.map((p) => p.t),
      total: kept.map((p) => p.total),
      available: kept.map((p) => p.available),
      used: kept.map((p) => p.used),
    },
    marks: marks.slice(-MAX_MARKS),
    events: eventMarks.slice(-MAX_MARKS),
    rowCount: digests.reduce((n, d) => n + d.count, 0),
    truncated: marks.length > MAX_MARKS || eventMarks.length > MAX_MARKS,
  };
}

/** The day buckets merged per column and kind: one mark each, at the first event's instant, with the
 *  count and the sum; a lender, outcome or full kept only where every event in it shares it. */
function eventsPerColumn(digests: readonly EventDigest[], from: number, to: number, columns: number): HistoryEventMark[] {
  const n = Math.max(1, Math.floor(columns));
  const width = to > from ? (to - from) / n : 1;
  const merged = new Map<string, HistoryEventMark>();
  for (const d of digests)
    for (const b of d.buckets) {
      if (b.at < from || b.at > to) continue;
      const id = `${Math.min(n - 1, Math.floor((b.at - from) / width))} ${b.kind}`;
      const m = merged.get(id);
      if (!m) {
        merged.set(id, { ...b });
        continue;
      }
      const count = (m.count ?? 1) + b.count;
      const amount = m.amount === undefined && b.amount === undefined ? undefined : (m.amount ?? 0) + (b.amount ?? 0);
      const lender = m.lender === b.lender ? m.lender : undefined;
      merged.set(id, {
        at: Math.min(m.at, b.at),
        kind: m.kind,
        count,
        ...(amount !== undefined && { amount }),
        ...(lender && { lender }),
      });
    }
  const out = [...merged.values()].map(({ count, ...e }) => (count === undefined || count === 1 ? e : { ...e, count }));
  return out.sort((a, b) => a.at - b.at || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

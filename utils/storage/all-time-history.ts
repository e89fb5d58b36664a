// The chart of one account over all time, from its digests (chart-digest.ts) instead of its rows:
// used when the history is long enough that a column of the chart spans a day or more, so that the
// per-day selection of rows the digests hold is as fine as the chart can show. Nine years of one
// account are then about a hundred small rows read and at most a few points per column sent.
import { downsample } from '../chart/downsample';
import { MAX_MARKS, type AccountHistory, type HistoryEventMark, type HistoryMark, type HistoryPoints } from '../chart/history-types';
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

const SERIES = ['total', 'available', 'used'] as const;

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
  // The digests' columns end to end, and the rows kept picked by index: no object per row.
  const points: HistoryPoints = {
    t: digests.flatMap((d) => d.t),
    total: digests.flatMap((d) => d.total),
    available: digests.flatMap((d) => d.available),
    used: digests.flatMap((d) => d.used),
  };
  // The last row stays drawn until it was last seen, as on the rows path.
  const n = points.t.length;
  const lastSeen = Math.min(to, digests.at(-1)?.lastSeen ?? 0);
  if (n > 0 && lastSeen > points.t[n - 1]!) {
    points.t.push(lastSeen);
    for (const s of SERIES) points[s].push(points[s][n - 1]!);
  }
  const rows = Array.from(points.t, (_t, i) => i);
  const kept = downsample(
    rows,
    (i) => points.t[i]!,
    SERIES.map((s) => (i: number) => value(points[s][i]!)),
    from,
    to,
    columns,
  );

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
      t: kept.map((i) => points.t[i]!),
      total: kept.map((i) => points.total[i]!),
      available: kept.map((i) => points.available[i]!),
      used: kept.map((i) => points.used[i]!),
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

// An account's history (history-types.ts) as the aligned columns uPlot draws: one x array (every
// point's, mark's and event's time, sorted, once each) and one y array per series, null where a
// series has nothing at that time. Marks sit on the line they mark (a status change at the limit
// it showed), borrows and repays at their amount, inquiries and applications on the baseline.
import type { AccountHistory, HistoryEventMark, HistoryMark } from './history-types';

export const LINE_SERIES = ['total', 'available', 'used'] as const;
export const MARK_SERIES = ['status', 'increase', 'borrow', 'repay', 'inquiry'] as const;
export type LineSeries = (typeof LINE_SERIES)[number];
export type MarkSeries = (typeof MARK_SERIES)[number];

/** What a mark at one x stands for: the legend and the keyboard read-out put it into words. */
export type MarkNote = { mark: HistoryMark } | { events: HistoryEventMark[] };

export interface ChartData {
  x: number[];
  lines: Record<LineSeries, (number | null)[]>;
  marks: Record<MarkSeries, (number | null)[]>;
  /** Per mark series, what stands at each x index that has a mark. */
  notes: Record<MarkSeries, Map<number, MarkNote>>;
}

const markSeriesOf = (kind: HistoryEventMark['kind']): MarkSeries =>
  kind === 'borrow' ? 'borrow' : kind === 'repay' ? 'repay' : 'inquiry';

/** Every time once, ascending: the inputs are each sorted already on both read paths, but a native
 *  numeric sort of a typed array costs little either way and takes any order. */
function timesOf(h: AccountHistory): number[] {
  const all = new Float64Array(h.points.t.length + h.marks.length + h.events.length);
  let k = 0;
  for (const t of h.points.t) all[k++] = t;
  for (const m of h.marks) all[k++] = m.at;
  for (const e of h.events) all[k++] = e.at;
  all.sort();
  const x: number[] = [];
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) x.push(all[i]!);
  return x;
}

/** The index of `t` in the ascending `x` (it is there). */
function indexOf(x: readonly number[], t: number): number {
  let lo = 0;
  let hi = x.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The all-time chart of a long history draws thousands of points: this runs once per drawing,
// before the engine has optimised it, so it walks each input once and allocates little.
export function chartData(h: AccountHistory): ChartData {
  const x = timesOf(h);
  const empty = () => new Array<number | null>(x.length).fill(null);
  const lines = { total: empty(), available: empty(), used: empty() };
  // The points come in time order on both read paths: a walk along x finds each (a search only for
  // one out of order), and the series are named, not looked up by key, which cold code pays for:
  // over nine years of daily rows this loop took 3 to 6 ms with a search and keyed series, 0.5 now.
  const { t, total, available, used } = h.points;
  for (let i = 0, at = 0; i < t.length; i++) {
    const ti = t[i]!;
    if (x[at]! > ti) at = indexOf(x, ti);
    while (x[at]! < ti) at++;
    // A time drawn twice (the last row also at its last sighting) keeps its values.
    if (lines.total[at] === null) lines.total[at] = total[i] ?? null;
    if (lines.available[at] === null) lines.available[at] = available[i] ?? null;
    if (lines.used[at] === null) lines.used[at] = used[i] ?? null;
  }
  const marks = { status: empty(), increase: empty(), borrow: empty(), repay: empty(), inquiry: empty() };
  const notes: ChartData['notes'] = { status: new Map(), increase: new Map(), borrow: new Map(), repay: new Map(), inquiry: new Map() };
  // The line value in force at x index i (the last known at or before it), for marks without an amount.
  const lineAt = (i: number): number => {
    for (let j = i; j >= 0; j--) {
      const v = lines.total[j] ?? lines.available[j];
      if (v != null) return v;
    }
    return 0;
  };
  for (const m of h.marks) {
    const i = indexOf(x, m.at);
    marks[m.kind][i] = m.total ?? lineAt(i);
    notes[m.kind].set(i, { mark: m });
  }
  for (const e of h.events) {
    const s = markSeriesOf(e.kind);
    const i = indexOf(x, e.at);
    const note = notes[s].get(i);
    if (note && 'events' in note) note.events.push(e);
    else notes[s].set(i, { events: [e] });
    // Several at one instant stand together at their sum; an inquiry has no amount and sits at 0.
    marks[s][i] = s === 'inquiry' ? 0 : (marks[s][i] ?? 0) + (e.amount ?? 0);
  }
  return { x, lines, marks, notes };
}

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

export function chartData(h: AccountHistory): ChartData {
  const times = new Set<number>(h.points.t);
  for (const m of h.marks) times.add(m.at);
  for (const e of h.events) times.add(e.at);
  const x = [...times].sort((a, b) => a - b);
  const index = new Map(x.map((t, i) => [t, i]));
  const empty = () => x.map((): number | null => null);
  const lines = { total: empty(), available: empty(), used: empty() };
  h.points.t.forEach((t, i) => {
    const at = index.get(t)!;
    // A time drawn twice (the last row also at its last sighting) keeps its values.
    for (const s of LINE_SERIES) lines[s][at] ??= h.points[s][i] ?? null;
  });
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
    const i = index.get(m.at)!;
    marks[m.kind][i] = m.total ?? lineAt(i);
    notes[m.kind].set(i, { mark: m });
  }
  for (const e of h.events) {
    const s = markSeriesOf(e.kind);
    const i = index.get(e.at)!;
    const note = notes[s].get(i);
    const events = note && 'events' in note ? [...note.events, e] : [e];
    notes[s].set(i, { events });
    // Several at one instant stand together at their sum; an inquiry has no amount and sits at 0.
    marks[s][i] = s === 'inquiry' ? 0 : events.reduce((sum, ev) => sum + (ev.amount ?? 0), 0);
  }
  return { x, lines, marks, notes };
}

// chartData: the aligned columns uPlot draws. Checked against the plain reading of its contract (every
// time once and sorted, each series at its own times, marks on the line they mark, events of one kind
// at one instant together at their sum) on random histories, including times shared between points,
// marks and events.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartData, LINE_SERIES, MARK_SERIES, type ChartData, type MarkNote } from '../../../utils/chart/chart-data';
import type { AccountHistory, HistoryEventMark, HistoryMark } from '../../../utils/chart/history-types';

/** The contract written out the slow way, one lookup per time. */
function expected(h: AccountHistory): ChartData {
  const x = [...new Set([...h.points.t, ...h.marks.map((m) => m.at), ...h.events.map((e) => e.at)])].sort((a, b) => a - b);
  const lines = Object.fromEntries(
    LINE_SERIES.map((s) => [s, x.map((t) => h.points[s][h.points.t.findIndex((pt, i) => pt === t && h.points[s][i] !== null)] ?? null)]),
  ) as ChartData['lines'];
  const lineAt = (i: number) => {
    for (let j = i; j >= 0; j--) {
      const v = lines.total[j] ?? lines.available[j];
      if (v != null) return v;
    }
    return 0;
  };
  const marks = Object.fromEntries(MARK_SERIES.map((s) => [s, x.map((): number | null => null)])) as ChartData['marks'];
  const notes = Object.fromEntries(MARK_SERIES.map((s) => [s, new Map<number, MarkNote>()])) as ChartData['notes'];
  for (const m of h.marks) {
    const i = x.indexOf(m.at);
    marks[m.kind][i] = m.total ?? lineAt(i);
    notes[m.kind].set(i, { mark: m });
  }
  const seriesOf = (e: HistoryEventMark) => (e.kind === 'borrow' ? 'borrow' : e.kind === 'repay' ? 'repay' : 'inquiry');
  for (const [i, t] of x.entries())
    for (const s of ['borrow', 'repay', 'inquiry'] as const) {
      const here = h.events.filter((e) => e.at === t && seriesOf(e) === s);
      if (!here.length) continue;
      notes[s].set(i, { events: here });
      marks[s][i] = s === 'inquiry' ? 0 : here.reduce((sum, e) => sum + (e.amount ?? 0), 0);
    }
  return { x, lines, marks, notes };
}

const time = fc.integer({ min: 0, max: 40 }).map((d) => 1_700_000_000_000 + d * 3_600_000);
const value = fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null });
const point = fc.record({ t: time, total: value, available: value, used: value });
const mark: fc.Arbitrary<HistoryMark> = fc.oneof(
  fc.record(
    { at: time, kind: fc.constant('status' as const), status: fc.constantFrom('normal' as const, 'frozen' as const) },
    { requiredKeys: ['at', 'kind', 'status'] },
  ),
  fc.record(
    { at: time, kind: fc.constant('increase' as const), available: fc.boolean(), total: fc.integer({ min: 1, max: 9 }) },
    { requiredKeys: ['at', 'kind', 'available'] },
  ),
);
const event: fc.Arbitrary<HistoryEventMark> = fc.record(
  {
    at: time,
    kind: fc.constantFrom('borrow' as const, 'repay' as const, 'inquiry' as const, 'application' as const),
    amount: fc.integer({ min: 1, max: 9_000 }),
    count: fc.integer({ min: 2, max: 5 }),
  },
  { requiredKeys: ['at', 'kind'] },
);

const history = fc
  .record({
    points: fc.array(point, { maxLength: 40 }),
    marks: fc.array(mark, { maxLength: 8 }),
    events: fc.array(event, { maxLength: 20 }),
  })
  .map(({ points, marks, events }): AccountHistory => {
    const sorted = [...points].sort((a, b) => a.t - b.t);
    return {
      accountId: 'a',
      from: 0,
      to: 1,
      points: {
        t: sorted.map((p) => p.t),
        total: sorted.map((p) => p.total),
        available: sorted.map((p) => p.available),
        used: sorted.map((p) => p.used),
      },
      marks: [...marks].sort((a, b) => a.at - b.at),
      events: [...events].sort((a, b) => a.at - b.at),
      rowCount: points.length,
      truncated: false,
    };
  });

describe('chartData', () => {
  it('aligns points, marks and events as its contract says, on any history', () => {
    fc.assert(
      fc.property(history, (h) => {
        expect(chartData(h)).toEqual(expected(h));
      }),
      { numRuns: 300 },
    );
  });

  it('takes points out of time order too (both read paths send them in order; the walk along x then searches)', () => {
    fc.assert(
      fc.property(history, fc.func(fc.integer()), (h, key) => {
        const order = h.points.t.map((_, i) => i).sort((a, b) => key(a) - key(b));
        const shuffled = {
          ...h,
          points: {
            t: order.map((i) => h.points.t[i]!),
            total: order.map((i) => h.points.total[i]!),
            available: order.map((i) => h.points.available[i]!),
            used: order.map((i) => h.points.used[i]!),
          },
        };
        expect(chartData(shuffled)).toEqual(expected(shuffled));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the first of two values drawn at one time, and an empty history draws nothing', () => {
    const h: AccountHistory = {
      accountId: 'a',
      from: 0,
      to: 20,
      points: { t: [10, 10], total: [5, 6], available: [null, 4], used: [1, 2] },
      marks: [],
      events: [],
      rowCount: 2,
      truncated: false,
    };
    expect(chartData(h).lines).toEqual({ total: [5], available: [4], used: [1] });
    expect(chartData({ ...h, points: { t: [], total: [], available: [], used: [] } }).x).toEqual([]);
  });
});

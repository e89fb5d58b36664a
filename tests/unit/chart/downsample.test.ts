// downsample keeps a chart bounded: at most columns × (2 × series + 1) rows, every column's extremes
// and last row kept, the same rows for the same input, and earlier columns untouched by later rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsample } from '../../../utils/chart/downsample';

interface Row {
  t: number;
  a?: number;
  b?: number;
}
const time = (r: Row) => r.t;
const series = [(r: Row) => r.a, (r: Row) => r.b];

const rowsArb = fc
  .array(
    fc.record({
      dt: fc.integer({ min: 0, max: 50 }),
      a: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      b: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
    }),
    { maxLength: 400 },
  )
  .map((steps) => {
    let t = 0;
    return steps.map(({ dt, a, b }) => ({ t: (t += dt), ...(a !== undefined && { a }), ...(b !== undefined && { b }) }) as Row);
  });

describe('downsample', () => {
  it('keeps 100,000 rows to at most columns × (2 × series + 1) points, with the extremes', () => {
    const rows: Row[] = Array.from({ length: 100_000 }, (_, i) => ({
      t: i * 60_000,
      a: 1000 + Math.round(500 * Math.sin(i / 97)),
      b: i % 1000 === 0 ? -1 : 1,
    }));
    rows[54_321]!.a = 99_999; // a one-row spike must survive
    rows[77_777]!.a = 3;
    const kept = downsample(rows, time, series, 0, rows.at(-1)!.t, 800);
    expect(kept.length).toBeLessThanOrEqual(800 * 5);
    expect(kept.length).toBeGreaterThan(800);
    expect(kept).toContain(rows[54_321]);
    expect(kept).toContain(rows[77_777]);
    expect(kept.at(-1)).toBe(rows.at(-1));
    expect(kept.filter((r) => r.b === -1).length).toBe(100);
  });

  it('is bounded, ordered, keeps each column’s min, max and last row, and never invents a row', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 1, max: 40 }), (rows, columns) => {
        const to = rows.at(-1)?.t ?? 0;
        const kept = downsample(rows, time, series, 0, to, columns);
        expect(kept.length).toBeLessThanOrEqual(columns * 5);
        const idx = kept.map((r) => rows.indexOf(r));
        expect(idx.every((i) => i >= 0)).toBe(true);
        expect([...idx].sort((x, y) => x - y)).toEqual(idx);
        expect(new Set(idx).size).toBe(idx.length);
        if (!rows.length) return;
        expect(kept.at(-1)).toBe(rows.at(-1));
        const values = (pick: (r: Row) => number | undefined, rs: Row[]) => rs.map(pick).filter((v): v is number => v !== undefined);
        for (const pick of series) {
          const all = values(pick, rows);
          if (!all.length) continue;
          expect(Math.max(...values(pick, kept))).toBe(Math.max(...all));
          expect(Math.min(...values(pick, kept))).toBe(Math.min(...all));
        }
      }),
    );
  });

  it('is stable: the same rows give the same points, and rows added later leave earlier columns as they were', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (head, tail) => {
        const width = 10;
        const columns = 30;
        const to = columns * width;
        const early = head.filter((r) => r.t < 150);
        const later = tail.map((r) => ({ ...r, t: 150 + (r.t % 150) })).sort((x, y) => x.t - y.t);
        const first = downsample(early, time, series, 0, to, columns);
        expect(downsample(early, time, series, 0, to, columns)).toEqual(first);
        const both = downsample([...early, ...later], time, series, 0, to, columns);
        expect(both.filter((r) => r.t < 150)).toEqual(first);
      }),
    );
  });

  it('leaves out rows outside the range and copes with an empty or zero-width range', () => {
    const rows: Row[] = [
      { t: 5, a: 1 },
      { t: 10, a: 2 },
      { t: 20, a: 3 },
      { t: 30, a: 4 },
    ];
    expect(downsample(rows, time, series, 10, 20, 4)).toEqual([rows[1], rows[2]]);
    expect(downsample([], time, series, 0, 10, 4)).toEqual([]);
    expect(downsample(rows, time, series, 10, 10, 4)).toEqual([rows[1]]);
  });
});

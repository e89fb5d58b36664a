// Misreadings (heuristics.md v2): a lone reading is neither a fall nor a baseline, for limits and
// rates; a view whose available exceeds its total shows no fall.
import { describe, expect, it } from 'vitest';
import { loneReadings, selfContradictory } from '../../../utils/rules/misreadings';
import { ago, history, obs, run } from './support/history';

const limits = (values: [number, number][], extra: Record<number, object> = {}) =>
  history({ observations: values.map(([days, total], i) => obs('jb', days, { totalLimit: total, ...extra[i] }, { source: 'manual' })) });

describe('lone readings', () => {
  it('marks a value differing from both neighbours that agree, and an oldest value the next two outvote', () => {
    expect(loneReadings([13200, 23200, 13200])).toEqual([false, true, false]);
    expect(loneReadings([23200, 13200, 13200])).toEqual([true, false, false]);
    // The newest has one neighbour: it counts.
    expect(loneReadings([13200, 13200, 10000])).toEqual([false, false, false]);
    // Two readings in a row are not lone (but the oldest is outvoted by them); nor is a step between two values.
    expect(loneReadings([13200, 23200, 23200, 13200])).toEqual([true, false, false, false]);
    expect(loneReadings([20000, 15000, 10000])).toEqual([false, false, false]);
    expect(loneReadings([0.1, 0.1000000001, 0.1], (a, b) => Math.abs(a - b) < 1e-6)).toEqual([false, false, false]);
  });

  it('knows a view that cannot be right', () => {
    expect(selfContradictory({ totalLimit: 3200, availableLimit: 10000 })).toBe(true);
    expect(selfContradictory({ totalLimit: 13200, availableLimit: 13200 })).toBe(false);
    expect(selfContradictory({ totalLimit: 13200 })).toBe(false);
  });
});

describe('limit-drop on misreadings', () => {
  it('stays quiet on a 借呗 limit typed once as 23 200 instead of 13 200', () => {
    expect(
      run(
        'limit-drop',
        limits([
          [120, 13200],
          [100, 23200],
          [80, 13200],
          [10, 13200],
        ]),
      ),
    ).toEqual([]);
    // …also right after the corrected view.
    expect(
      run(
        'limit-drop',
        limits([
          [120, 13200],
          [60, 23200],
          [50, 13200],
        ]),
      ),
    ).toEqual([]);
  });

  it('takes no baseline from a wrong oldest view', () => {
    expect(
      run(
        'limit-drop',
        limits([
          [80, 23200],
          [60, 13200],
          [30, 13200],
        ]),
      ),
    ).toEqual([]);
  });

  it('counts a fall seen on the newest view, and resolves when the next view shows the old value', () => {
    const fallen = [
      [80, 20000],
      [40, 20000],
      [5, 12000],
    ] as [number, number][];
    expect(run('limit-drop', limits(fallen))[0]).toMatchObject({ severity: 'critical', at: ago(5) });
    expect(run('limit-drop', limits([...fallen, [1, 20000]]))).toEqual([]);
  });

  it('reads no fall from a view whose available exceeds its total', () => {
    const h = limits(
      [
        [80, 13200],
        [40, 3200],
        [10, 13200],
      ],
      { 1: { availableLimit: 10000 } },
    );
    expect(run('limit-drop', h)).toEqual([]);
    const newest = limits(
      [
        [80, 13200],
        [10, 3200],
      ],
      { 1: { availableLimit: 10000 } },
    );
    expect(run('limit-drop', newest)).toEqual([]);
  });

  it('still sees a real cut in two steps', () => {
    expect(
      run(
        'limit-drop',
        limits([
          [80, 20000],
          [40, 15000],
          [10, 10000],
        ]),
      )[0],
    ).toMatchObject({ severity: 'critical', evidence: { falls: 2 } });
  });
});

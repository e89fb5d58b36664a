import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayBack } from '../../../utils/rules/replay';

/** A source: a value that changes at the given times (ascending), replayed from its last one. */
interface Source {
  t: number;
  i: number;
  steps: readonly { t: number; v: number }[];
}
const sourceOf = (steps: readonly { t: number; v: number }[]): Source => ({ t: steps[steps.length - 1]!.t, i: steps.length - 1, steps });

/** replayBack over the sum of the sources' values, while `holds(sum)`. */
function sumRunStart(histories: readonly { t: number; v: number }[][], holds: (sum: number) => boolean): { start: number; steps: number } {
  const sources = histories.map(sourceOf);
  let sum = sources.reduce((n, p) => n + p.steps[p.i]!.v, 0);
  let steps = 0;
  const start = replayBack(
    sources,
    (p) => {
      steps++;
      sum -= p.steps[p.i]!.v;
      p.i--;
      if (p.i < 0) return false;
      p.t = p.steps[p.i]!.t;
      sum += p.steps[p.i]!.v;
      return true;
    },
    () => holds(sum),
  );
  return { start, steps };
}

/** The same by brute force: the newest instant before which the condition did not hold (else the first instant). */
function bruteRunStart(histories: readonly { t: number; v: number }[][], holds: (sum: number) => boolean): number {
  const instants = [...new Set(histories.flatMap((h) => h.map((s) => s.t)))].sort((a, b) => b - a);
  const before = (t: number) => histories.reduce((n, h) => n + ([...h].reverse().find((s) => s.t < t)?.v ?? 0), 0);
  for (const t of instants) if (!holds(before(t))) return t;
  return instants.length ? instants[instants.length - 1]! : Infinity;
}

describe('replayBack', () => {
  it('steps back newest first and stops at the instant before which the condition failed', () => {
    const a = [
      { t: 0, v: 1 },
      { t: 10, v: 5 },
      { t: 30, v: 6 },
    ];
    const b = [
      { t: 5, v: 2 },
      { t: 20, v: 4 },
    ];
    // Sum: 3 from 5, 7 from 10, 9 from 20, 10 from 30. At least 7 since 10.
    expect(sumRunStart([a, b], (s) => s >= 7)).toEqual({ start: 10, steps: 3 });
    // At least 3 since 5; before 5 only a's 1.
    expect(sumRunStart([a, b], (s) => s >= 3).start).toBe(5);
    // Always held: the first instant, every source walked out.
    expect(sumRunStart([a, b], (s) => s >= 0)).toEqual({ start: 0, steps: 5 });
  });

  it('undoes every change made at one instant together', () => {
    // At 10 one source rises and the other falls: the sum held just before 10 only with both undone.
    const a = [
      { t: 0, v: 5 },
      { t: 10, v: 0 },
    ];
    const b = [
      { t: 0, v: 0 },
      { t: 10, v: 5 },
    ];
    expect(sumRunStart([a, b], (s) => s >= 5).start).toBe(0);
  });

  it('gives Infinity without sources', () => {
    expect(
      replayBack(
        [],
        () => true,
        () => true,
      ),
    ).toBe(Infinity);
  });

  it('finds the same run start as a brute-force replay', () => {
    const history = fc
      .uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 6 })
      .chain((ts) =>
        fc.tuple(...[...ts].sort((x, y) => x - y).map((t) => fc.record({ t: fc.constant(t), v: fc.integer({ min: 0, max: 9 }) }))),
      );
    fc.assert(
      fc.property(fc.array(history, { maxLength: 4 }), fc.integer({ min: 0, max: 25 }), (histories, k) => {
        const holds = (s: number) => s >= k;
        expect(sumRunStart(histories, holds).start).toBe(bruteRunStart(histories, holds));
      }),
      { numRuns: 300 },
    );
  });
});

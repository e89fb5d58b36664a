import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSpans, overlapSpans, spanAt } from '../../../utils/rules/spans';
import type { Span } from '../../../utils/rules/time-windows';

const inside = (spans: readonly Span[], t: number) => spans.some((s) => s.from <= t && t < s.to);
const span = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 15 })).map(([from, len]) => ({ from, to: from + len }));
/** Sorted, disjoint, not touching: one run never ends where the next begins. */
const wellFormed = (spans: readonly Span[]) => spans.every((s, i) => s.from < s.to && (i === 0 || spans[i - 1]!.to < s.from));
// Probe instants on and between the integer ends.
const probes = Array.from({ length: 121 }, (_, i) => i / 2 - 2);

describe('mergeSpans', () => {
  it('sorts, joins overlapping and touching spans, keeps gaps', () => {
    const input = [
      { from: 20, to: 30 },
      { from: 0, to: 5 },
      { from: 3, to: 8 },
      { from: 8, to: 10 },
      { from: 12, to: 13 },
    ];
    expect(mergeSpans(input)).toEqual([
      { from: 0, to: 10 },
      { from: 12, to: 13 },
      { from: 20, to: 30 },
    ]);
  });

  it('returns copies: growing a merged span leaves the input alone', () => {
    const input = [
      { from: 0, to: 5 },
      { from: 4, to: 9 },
    ];
    mergeSpans(input);
    expect(input).toEqual([
      { from: 0, to: 5 },
      { from: 4, to: 9 },
    ]);
  });

  it('covers exactly the union of its input', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
        const merged = mergeSpans([...spans]);
        expect(wellFormed(merged)).toBe(true);
        for (const t of probes) expect(inside(merged, t)).toBe(inside(spans, t));
      }),
    );
  });
});

describe('overlapSpans', () => {
  it('finds where at least k lists hold at once, spans being half-open', () => {
    const a = [{ from: 0, to: 10 }];
    const b = [{ from: 5, to: 15 }];
    const c = [{ from: 10, to: 20 }];
    expect(overlapSpans([a, b, c], 2)).toEqual([{ from: 5, to: 15 }]);
    expect(overlapSpans([a, b, c], 3)).toEqual([]); // a ends at 10 as c begins
    expect(overlapSpans([a, b, c], 1)).toEqual([{ from: 0, to: 20 }]);
    expect(overlapSpans([a, [{ from: 10, to: 12 }]], 2)).toEqual([]);
  });

  it('accepts any iterable of lists', () => {
    const lists = new Map([
      ['x', [{ from: 0, to: 4 }]],
      ['y', [{ from: 2, to: 6 }]],
    ]);
    expect(overlapSpans(lists.values(), 2)).toEqual([{ from: 2, to: 4 }]);
  });

  it('holds exactly where at least k of the (merged) lists hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 4 }), { maxLength: 6 }), fc.integer({ min: 1, max: 4 }), (raw, k) => {
        const lists = raw.map((l) => mergeSpans(l));
        const out = overlapSpans(lists, k);
        expect(wellFormed(out)).toBe(true);
        for (const t of probes) expect(inside(out, t)).toBe(lists.filter((l) => inside(l, t)).length >= k);
      }),
    );
  });
});

describe('spanAt', () => {
  it('gives the span holding the instant, start included, end not', () => {
    const spans = [
      { from: 0, to: 5 },
      { from: 8, to: 9 },
    ];
    expect(spanAt(spans, 0)).toBe(spans[0]);
    expect(spanAt(spans, 4.9)).toBe(spans[0]);
    expect(spanAt(spans, 5)).toBeUndefined();
    expect(spanAt(spans, 8)).toBe(spans[1]);
    expect(spanAt([], 1)).toBeUndefined();
  });
});

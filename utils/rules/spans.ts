// Sets of time as lists of half-open spans [from, to): merging them, where at least k lists overlap,
// and the span holding an instant. Next to time-windows.ts, whose counts give such spans.
import type { Span } from './time-windows';

/** Sorted, merged (sorts `spans` in place; the result holds copies). Touching spans become one. */
export function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.from - b.from);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** Where at least `k` of these span lists hold at once (each list merged: no overlaps within it), sorted and merged. */
export function overlapSpans(spanLists: Iterable<Span[]>, k: number): Span[] {
  const edges: [number, number][] = [];
  for (const spans of spanLists) for (const s of spans) edges.push([s.from, 1], [s.to, -1]);
  // At one instant, ends before starts: spans are half-open.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  let n = 0;
  let from: number | undefined;
  for (const [t, d] of edges) {
    n += d;
    if (n >= k && from === undefined) from = t;
    else if (n < k && from !== undefined) {
      if (t > from) out.push({ from, to: t });
      from = undefined;
    }
  }
  return mergeSpans(out);
}

/** The first span holding `t` (from ≤ t < to), if any. */
export const spanAt = (spans: readonly Span[], t: number): Span | undefined => spans.find((x) => x.from <= t && t < x.to);

// Counting events in sliding windows over sorted times: when a count held, and since when it has
// held without a break. Shared by the rules that count (applications, lenders, cycles).

/** Half-open span of time [from, to) in ms. */
export interface Span {
  from: number;
  to: number;
}

/**
 * Where "at least `k` of these instants lie in (t − windowMs, t]" holds, as sorted, merged spans.
 * `times` must be sorted. The k instants j … j+k−1 keep the condition true from the last of them
 * until the first leaves the window, so the set is ∪ [t[j+k−1], t[j] + windowMs). Shared with the
 * other window rules (many-lenders, borrow-repay-cycling).
 */
export function countSpans(times: readonly number[], k: number, windowMs: number): Span[] {
  const need = Math.max(1, Math.ceil(k));
  const out: Span[] = [];
  for (let j = 0; j + need - 1 < times.length; j++) {
    const from = times[j + need - 1]!;
    const to = times[j]! + windowMs;
    if (from >= to) continue;
    const last = out[out.length - 1];
    // Touching spans are one run: at the instant one ends the next already holds.
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else out.push({ from, to });
  }
  return out;
}

/** Start of the run (union of all spans) that contains `now`; undefined when nothing holds at `now`. */
export function runStart(spanLists: readonly (readonly Span[])[], now: number): number | undefined {
  const spans = spanLists.flat().sort((a, b) => a.from - b.from);
  let start: number | undefined;
  let end = -Infinity;
  for (const s of spans) {
    if (s.from > now) break;
    if (s.from > end) start = s.from; // a gap: a new run begins
    end = Math.max(end, s.to);
  }
  return start !== undefined && now < end ? start : undefined;
}

/** How many of these sorted instants lie in (now − windowMs, now]. */
export function countIn(times: readonly number[], now: number, windowMs: number): number {
  let n = 0;
  for (let i = times.length - 1; i >= 0 && times[i]! > now - windowMs; i--) if (times[i]! <= now) n++;
  return n;
}

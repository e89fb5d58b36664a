// Binary search over sorted times.

/** The first sorted value strictly after `t` (binary search); undefined when none is. */
export function firstAfter(sorted: readonly number[], t: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return sorted[lo];
}

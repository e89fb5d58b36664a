// Misreadings (heuristics.md): pages are read by machine and typed by hand, so a digit can be wrong.
// A lone reading — one view whose value differs from both its neighbours while those two agree — is
// no fall and no baseline. The oldest view has one neighbour: a value there that differs from the
// next two, which agree, is no baseline either. The newest view counts (it may be the earliest sign
// of a real change); when a later view shows the old value again it becomes a lone reading itself.

/**
 * Which entries of a series are lone readings. `same` decides equality (exact for amounts, with a
 * tolerance for rates). O(n), no allocation beyond the result.
 */
export function loneReadings<T>(values: readonly T[], same: (a: T, b: T) => boolean = Object.is): boolean[] {
  const n = values.length;
  const lone = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n - 1; i++) {
    const v = values[i]!;
    const next = values[i + 1]!;
    if (same(v, next)) continue;
    if (i === 0) {
      // The oldest view: lone when the next two agree with each other and not with it.
      if (n >= 3 && same(next, values[2]!)) lone[0] = true;
      continue;
    }
    const prev = values[i - 1]!;
    if (!same(v, prev) && same(prev, next)) lone[i] = true;
  }
  return lone;
}

/** A view whose own figures cannot both be right: more available than the whole limit. */
export const selfContradictory = (o: { totalLimit?: number; availableLimit?: number }): boolean =>
  o.totalLimit !== undefined && o.availableLimit !== undefined && o.availableLimit > o.totalLimit;

// Seeded randomness, so `npm run evaluate` prints the same figures on every run.

export interface Rng {
  (): number;
  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number;
  /** Whole number in [lo, hi]. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Up to `n` distinct items in random order. */
  some<T>(list: readonly T[], n: number): T[];
}

export function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  // mulberry32
  const next = (() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Rng;
  next.between = (lo, hi) => lo + next() * (hi - lo);
  next.int = (lo, hi) => Math.floor(lo + next() * (hi - lo + 1));
  next.chance = (p) => next() < p;
  next.pick = (list) => list[Math.floor(next() * list.length)]!;
  next.some = (list, n) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  };
  return next;
}

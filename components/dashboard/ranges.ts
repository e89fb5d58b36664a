// The history's ranges (3 months / 1 year / all), and the narrowest that includes an instant (an
// alert shown on the chart).
export const RANGES = ['3m', '1y', 'all'] as const;
export type Range = (typeof RANGES)[number];
const DAY = 86_400_000;

/** The range's start, or undefined for all time. */
export function rangeStart(range: Range, now: number): string | undefined {
  if (range === 'all') return undefined;
  return new Date(now - (range === '3m' ? 92 : 366) * DAY).toISOString();
}

/** The range shown: the one chosen when it already includes `at`, else the narrowest that does. */
export function rangeIncluding(current: Range, at: number, now: number): Range {
  const includes = (r: Range) => {
    const from = rangeStart(r, now);
    return from === undefined || Date.parse(from) <= at;
  };
  if (includes(current)) return current;
  return includes('3m') ? '3m' : includes('1y') ? '1y' : 'all';
}

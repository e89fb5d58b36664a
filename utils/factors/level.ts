// The level word of a factor: over when the rule's reason holds, near when one more would cross
// (counts) or above the 30 % score models reward (utilisation).
import type { FactorLevel } from './types';

/** Utilisation under this is what score models reward (heuristics.md, commonly cited). */
export const REWARDED_SHARE = 0.3;

export function countLevel(value: number, threshold: number, over: boolean): FactorLevel {
  if (over) return 'over';
  return value > 0 && value >= threshold - 1 ? 'near' : 'ok';
}

export function shareLevel(value: number, threshold: number): FactorLevel {
  if (value >= threshold) return 'over';
  return value >= Math.min(REWARDED_SHARE, threshold) ? 'near' : 'ok';
}

// Every rule threshold, with the defaults of heuristics.md. The person can change each one in the
// options page; `thresholds-schema.ts` refuses invalid values. Shares are fractions (0.05 = 5 %),
// windows are whole days.
import { DRAWDOWN_DEFAULTS, type DrawdownSettings } from './sudden-drawdown/settings';

export interface RuleSettings {
  'limit-drop': { minDrop: number; windowDays: number; criticalFromHighest: number; criticalDrops: number };
  'limit-zeroed': Record<string, never>;
  'status-worsened': { windowDays: number };
  'increase-closed': { windowDays: number };
  'frequent-applications': { count: number; windowDays: number; longCount: number; criticalCount: number; criticalWindowDays: number };
  'many-lenders': { lenders: number; institutions: number; windowDays: number; criticalLenders: number; openedCount: number; openedWindowDays: number };
  'high-utilization': { aggregate: number; criticalAggregate: number; aggregateSpanDays: number; single: number; windowDays: number; singleSpanDays: number };
  'borrow-repay-cycling': {
    cycles: number;
    windowDays: number;
    repayWithinDays: number;
    criticalCycles: number;
    criticalWindowDays: number;
    crossLender: number;
    criticalCrossLender: number;
    crossWindowDays: number;
    crossWithinDays: number;
  };
  'rate-increase': { minRise: number; windowDays: number };
  'sudden-drawdown': DrawdownSettings;
  'stale-account': { days: number };
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  'limit-drop': { minDrop: 0.05, windowDays: 90, criticalFromHighest: 0.3, criticalDrops: 2 },
  'limit-zeroed': {},
  'status-worsened': { windowDays: 180 },
  'increase-closed': { windowDays: 180 },
  'frequent-applications': { count: 3, windowDays: 30, longCount: 5, criticalCount: 6, criticalWindowDays: 90 },
  'many-lenders': { lenders: 3, institutions: 5, windowDays: 60, criticalLenders: 5, openedCount: 3, openedWindowDays: 90 },
  'high-utilization': { aggregate: 0.7, criticalAggregate: 0.9, aggregateSpanDays: 14, single: 0.9, windowDays: 60, singleSpanDays: 30 },
  'borrow-repay-cycling': {
    cycles: 3,
    windowDays: 60,
    repayWithinDays: 7,
    criticalCycles: 5,
    criticalWindowDays: 30,
    crossLender: 2,
    criticalCrossLender: 4,
    crossWindowDays: 90,
    crossWithinDays: 3,
  },
  'rate-increase': { minRise: 0.1, windowDays: 180 },
  'sudden-drawdown': DRAWDOWN_DEFAULTS,
  'stale-account': { days: 14 },
};

export type ThresholdKind = 'share' | 'days' | 'count';

/** Shares are fractions 0 < x ≤ 1; windows are whole days; counts are whole numbers ≥ 1. */
export function thresholdKind(field: string): ThresholdKind {
  if (/days$/i.test(field)) return 'days';
  return SHARES.has(field) ? 'share' : 'count';
}
const SHARES = new Set(['minDrop', 'criticalFromHighest', 'aggregate', 'criticalAggregate', 'single', 'minRise', 'quietShare', 'drawnShare']);

/**
 * How far back any rule can look with these settings, plus a month of margin (a borrow just
 * before a window can still pair with a repay inside it). Older rows only matter for their last
 * known values, which the history view keeps.
 */
export function horizonDays(settings: RuleSettings): number {
  let longest = 0;
  for (const fields of Object.values(settings) as Record<string, number>[]) {
    for (const [field, value] of Object.entries(fields)) if (thresholdKind(field) === 'days') longest = Math.max(longest, value);
  }
  return longest + 31;
}

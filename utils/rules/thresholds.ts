// Every rule threshold, with the defaults of heuristics.md. The person can change each one in the
// options page; `thresholds-check.ts` refuses invalid values. The defaults are each rule's meta.ts. Shares are fractions (0.05 = 5 %),
// windows are whole days.
import { CATALOG, fieldMeta, type RuleSettings } from './catalog';
import type { ThresholdKind } from './meta';

export type { RuleSettings, ThresholdKind };

export const DEFAULT_RULE_SETTINGS: RuleSettings = Object.fromEntries(CATALOG.map((m) => [m.id, { ...m.defaults }])) as RuleSettings;

/** Shares are fractions 0 < x ≤ 1; windows are whole days; counts are whole numbers ≥ 1 (from the rules' meta). */
export function thresholdKind(field: string, rule?: string): ThresholdKind {
  return fieldMeta(field, rule)?.kind ?? (/days$/i.test(field) ? 'days' : 'count');
}

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

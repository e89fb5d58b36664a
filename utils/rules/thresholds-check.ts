// Which values each threshold may take, and the check the options page and the background run
// before a changed threshold is used. No zod here: the popup and options bundles stay small, and
// the rules are simple ranges.
import { t, type Lang } from '../i18n';
import { DEFAULT_RULE_SETTINGS, thresholdKind, type RuleSettings, type ThresholdKind } from './thresholds';

export { thresholdKind, type ThresholdKind };
import { CATALOG, metaOf } from './catalog';
import type { RuleMeta } from './meta';

const LIMITS: Record<ThresholdKind, { min: number; max: number; integer: boolean }> = {
  share: { min: 0.0001, max: 1, integer: false },
  days: { min: 1, max: 3650, integer: true },
  count: { min: 1, max: 1000, integer: true },
};

/** A warning threshold must not be stricter than its critical one (each rule's meta says which). */
const ORDERED: { rule: keyof RuleSettings; lower: string; upper: string }[] = CATALOG.flatMap((m) =>
  ((m as RuleMeta).ordered ?? []).map(([lower, upper]) => ({ rule: m.id, lower, upper })),
);

export type ThresholdProblem =
  | { rule: string; field: string; problem: 'unknown' }
  | { rule: string; field: string; problem: ThresholdKind; min: number; max: number }
  | { rule: string; field: string; problem: 'order'; other: string };

export function thresholdProblem(rule: string, field: string, value: unknown): ThresholdProblem | undefined {
  const defaults = (DEFAULT_RULE_SETTINGS as unknown as Record<string, Record<string, number> | undefined>)[rule];
  if (!defaults || !Object.hasOwn(defaults, field)) return { rule, field, problem: 'unknown' };
  const kind = thresholdKind(field, rule);
  const { min, max, integer } = LIMITS[kind];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    return { rule, field, problem: kind, min, max };
  }
  return undefined;
}

/** Overrides as the person saved them: `{ rule: { field: value } }`, any subset. */
export type ThresholdOverrides = Record<string, Record<string, unknown>>;

/** The first problem in a set of overrides, checked against each other and the defaults. */
export function checkOverrides(overrides: ThresholdOverrides): ThresholdProblem | undefined {
  for (const [rule, fields] of Object.entries(overrides)) {
    if (typeof fields !== 'object' || fields === null) return { rule, field: '', problem: 'unknown' };
    for (const [field, value] of Object.entries(fields)) {
      const problem = thresholdProblem(rule, field, value);
      if (problem) return problem;
    }
  }
  const merged = mergeThresholds(overrides);
  for (const { rule, lower, upper } of ORDERED) {
    const r = merged[rule] as unknown as Record<string, number>;
    if (r[lower]! > r[upper]!) return { rule, field: upper, problem: 'order', other: lower };
  }
  return undefined;
}

/**
 * Defaults with every valid override applied. An invalid stored value (an older version, a hand
 * edit) falls back to its default instead of breaking the engine.
 */
export function mergeThresholds(overrides: ThresholdOverrides | undefined): RuleSettings {
  const out = structuredClone(DEFAULT_RULE_SETTINGS) as unknown as Record<string, Record<string, number>>;
  for (const [rule, fields] of Object.entries(overrides ?? {})) {
    if (typeof fields !== 'object' || fields === null || !Object.hasOwn(out, rule)) continue;
    for (const [field, value] of Object.entries(fields)) {
      if (!thresholdProblem(rule, field, value)) out[rule]![field] = value as number;
    }
  }
  return out as unknown as RuleSettings;
}

/** The refusal in the person's words; rule names are shown as the rule's label. */
export function thresholdProblemText(lang: Lang, p: ThresholdProblem): string {
  const rule = metaOf(p.rule)?.name[lang] ?? p.rule;
  const other = p.problem === 'order' ? p.other : '';
  return t(lang, `threshold.${p.problem}`, { rule, field: p.field, other });
}

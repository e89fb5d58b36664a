// The options page's threshold form: what the person typed (text, shares in percent) to and from
// the stored overrides (fractions). Pure, so the conversions are tested without a DOM.
import { DEFAULT_RULE_SETTINGS, thresholdKind } from '../rules/thresholds';
import {
  checkOverrides,
  mergeThresholds,
  thresholdProblem,
  type ThresholdOverrides,
  type ThresholdProblem,
} from '../rules/thresholds-check';

/** `"rule.field"` → the text in its input. */
export type ThresholdTexts = Record<string, string>;

export const fieldKey = (rule: string, field: string) => `${rule}.${field}`;

/** Every rule with its fields, in the order of DEFAULT_RULE_SETTINGS. */
export const THRESHOLD_RULES: { rule: string; fields: string[] }[] = Object.entries(DEFAULT_RULE_SETTINGS).map(([rule, fields]) => ({
  rule,
  fields: Object.keys(fields as object),
}));

// Twelve significant digits hide binary noise (0.07 * 100 = 7.000000000000001) and keep real input.
const tidy = (n: number) => Number(n.toPrecision(12));

/** A stored value as the person sees it: shares in percent. */
export function displayValue(field: string, value: number): string {
  return String(thresholdKind(field) === 'share' ? tidy(value * 100) : value);
}

/** Typed text as a stored value; NaN when it is not a number (the check then refuses it). */
export function parseValue(field: string, text: string): number {
  const trimmed = text
    .trim()
    .replace(/[%％]$/, '')
    .trim();
  const n = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(n)) return Number.NaN;
  return thresholdKind(field) === 'share' ? tidy(n / 100) : n;
}

export function textsFrom(overrides: ThresholdOverrides | undefined): ThresholdTexts {
  const merged = mergeThresholds(overrides) as unknown as Record<string, Record<string, number>>;
  const texts: ThresholdTexts = {};
  for (const { rule, fields } of THRESHOLD_RULES)
    for (const field of fields) texts[fieldKey(rule, field)] = displayValue(field, merged[rule]![field]!);
  return texts;
}

export type ThresholdFormResult = { ok: true; overrides: ThresholdOverrides } | { ok: false; problems: ThresholdProblem[] };

/**
 * The overrides to store: only values that differ from the defaults, so a later change of a
 * default reaches everyone who never touched that field. Every field's own problem is reported;
 * the cross-field order checks (warning ≤ critical) come from `checkOverrides` once those pass.
 */
export function overridesFrom(texts: ThresholdTexts): ThresholdFormResult {
  const defaults = DEFAULT_RULE_SETTINGS as unknown as Record<string, Record<string, number>>;
  const overrides: ThresholdOverrides = {};
  const problems: ThresholdProblem[] = [];
  for (const { rule, fields } of THRESHOLD_RULES) {
    for (const field of fields) {
      const value = parseValue(field, texts[fieldKey(rule, field)] ?? '');
      const problem = thresholdProblem(rule, field, value);
      if (problem) problems.push(problem);
      else if (value !== defaults[rule]![field]) (overrides[rule] ??= {})[field] = value;
    }
  }
  if (problems.length) return { ok: false, problems };
  const order = checkOverrides(overrides);
  return order ? { ok: false, problems: [order] } : { ok: true, overrides };
}

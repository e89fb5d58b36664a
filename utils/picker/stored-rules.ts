// The picked rules as stored (`local:siteRules` in utils/settings.ts): per site origin, at most one
// rule per field. Storage can hold anything, so every read goes through `checkSiteRules`, which
// keeps the well-formed rules and drops the rest; every write goes through `withRule`/`withoutRule`.
import { PICK_FIELDS, type PickField, type SiteRule } from './site-rules';

export type SiteRules = Record<string, SiteRule[]>;

export const MAX_SELECTOR = 500;
export const MAX_LABEL = 40;

const ORIGIN = /^https?:\/\/[^/\s]+$/;

export function checkRule(raw: unknown): SiteRule | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Partial<Record<keyof SiteRule, unknown>>;
  if (!PICK_FIELDS.includes(r.field as PickField)) return undefined;
  if (typeof r.selector !== 'string' || !r.selector.trim() || r.selector.length > MAX_SELECTOR) return undefined;
  const rule: SiteRule = { field: r.field as PickField, selector: r.selector };
  if (typeof r.label === 'string' && r.label.trim() && r.label.length <= MAX_LABEL) rule.label = r.label;
  return rule;
}

export function checkSiteRules(raw: unknown): SiteRules {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: SiteRules = {};
  for (const [origin, list] of Object.entries(raw as Record<string, unknown>)) {
    if (!ORIGIN.test(origin) || !Array.isArray(list)) continue;
    const rules = list.map(checkRule).filter((r): r is SiteRule => r !== undefined);
    const one = PICK_FIELDS.flatMap((f) => rules.filter((r) => r.field === f).slice(-1));
    if (one.length) out[origin] = one;
  }
  return out;
}

/** The rules after saving `rule` for `origin`: it replaces the site's rule for the same field. */
export function withRule(all: SiteRules, origin: string, rule: SiteRule): SiteRules {
  return { ...all, [origin]: [...(all[origin] ?? []).filter((r) => r.field !== rule.field), rule] };
}

/** The rules without the site's rule for `field`; a site left with none disappears. */
export function withoutRule(all: SiteRules, origin: string, field: PickField): SiteRules {
  const rest = (all[origin] ?? []).filter((r) => r.field !== field);
  const { [origin]: _gone, ...others } = all;
  return rest.length ? { ...others, [origin]: rest } : others;
}

// Values the person pointed at on a page ("this number is my available limit"), saved per site by
// the element picker and tried before the generic extractor. Small and free of zod: it runs in the
// content script. Each rule names the element by a CSS path and, for when a re-render changes that
// path, by the label text seen next to it.
import type { ExtractedObservation, ExtractionResult } from '../model/types';
import { parseAmount } from '../extract/numbers';
import { parseRate } from '../extract/rates';
import { classifyStatus } from '../extract/status';

export const PICK_FIELDS = ['totalLimit', 'availableLimit', 'usedAmount', 'rate', 'status'] as const;
export type PickField = (typeof PICK_FIELDS)[number];

export interface SiteRule {
  field: PickField;
  /** CSS path to the element (utils/picker/selector.ts). */
  selector: string;
  /** The label seen before the element (可用额度), to find it again after a re-render. */
  label?: string;
}

/** Where the background leaves a tab's rules for the content script (same isolated world). */
export const RULES_KEY = Symbol.for('limit-sentinel.rules');
/** Dispatched on window by the background after the rules changed: read the page again. */
export const RULES_CHANGED = 'limit-sentinel:rules';

type Values = Partial<Omit<ExtractedObservation, 'lender' | 'product' | 'accountId' | 'kind'>>;

/** What one field's text says, or undefined when it does not say it. */
export function readField(field: PickField, text: string): Values | undefined {
  if (field === 'rate') {
    const r = parseRate(text, 'daily');
    return r && (r.dailyRate !== undefined || r.apr !== undefined) ? r : undefined;
  }
  if (field === 'status') {
    const s = classifyStatus(text);
    return s && { status: s.status, statusText: s.phrase.slice(0, 200) };
  }
  const v = parseAmount(text);
  return v === undefined ? undefined : { [field]: v };
}

const textOf = (n: Node | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The rule's element by its path; else the first text after its label that reads as the field. */
function readRule(doc: Document, rule: SiteRule): Values | undefined {
  const byPath = readField(rule.field, textOf(doc.querySelector(rule.selector)).slice(0, 300));
  if (byPath || !rule.label || !doc.body) return byPath;
  const walker = doc.createTreeWalker(doc.body, 4); // text nodes, in reading order
  let after = -1; // texts read since the label, or -1 while looking for it
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = textOf(n);
    if (!t) continue;
    if (after < 0) {
      if (t.replace(/[:：]$/, '') === rule.label) after = 0;
      continue;
    }
    const found = readField(rule.field, t);
    if (found) return found;
    if (++after >= 6) after = -1; // nothing near this copy of the label: look for another
  }
  return undefined;
}

/**
 * The page's capture with the person's rules applied first: their values win, and the generic
 * extractor's first account fills in the rest (its lender and product name the account).
 */
export function withSiteRules(doc: Document, rules: readonly SiteRule[] | undefined, result: ExtractionResult): ExtractionResult {
  const picked: Values = {};
  for (const rule of rules ?? []) Object.assign(picked, readRule(doc, rule));
  if (!Object.keys(picked).length) return result;
  const [first, ...rest] = result.observations;
  return { ...result, observations: [{ status: 'unknown', ...first, ...picked }, ...rest] };
}

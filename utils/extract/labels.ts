// Which printed label names which field, from the lexicon's lists (utils/lexicon/labels.ts). Exact
// labels only (after trimming punctuation and units), so that "积分", "优惠券" or a promo headline
// never reads as a limit; a product's name may stand in front (花呗可用额度, 微粒贷（可借额度）).
import type { AccountKind } from '../model/types';
import { type Field, LABEL_LEADS, LABELS } from '../lexicon/labels';
import { alternation } from '../lexicon/patterns';
import { PRODUCTS } from '../lexicon/products';
import { FOREIGN } from './currency';
import { normalizeText } from './numbers';

export { LABELS };
export type { AmountField, Field, RateField } from '../lexicon/labels';

const INDEX = new Map<string, { field: Field; rank: number }>();
for (const [field, list] of Object.entries(LABELS) as [Field, readonly string[]][]) {
  list.forEach((label, rank) => INDEX.set(label, { field, rank }));
}
/** Each product's name, lowercased, to the spelling of the lexicon. */
export const PRODUCT_NAMES = new Map(PRODUCTS.map(([p]) => [p.toLowerCase(), p]));
const PRODUCT_KINDS = new Map<string, AccountKind>(PRODUCTS);
/** A product's name, longest first, as a pattern source (for finding "花呗可用额度：" in running text). */
export const PRODUCT_SOURCE = alternation(
  PRODUCTS.map(([p]) => p),
  false,
);
/** The kind of account a product of the lexicon is (花呗 → pay-later). */
export const productKind = (product: string | undefined): AccountKind | undefined => (product ? PRODUCT_KINDS.get(product) : undefined);
// The name, then maybe a separator: 花呗可用额度, 借呗 总额度, 网商贷 · 可用额度.
const PRODUCT_FIRST = new RegExp(`^(${PRODUCT_SOURCE})\\s*[·•|-]?\\s*(.+)$`, 'i');
const LEADS = new RegExp(`^(?:${alternation(LABEL_LEADS, false)})`);

// Statements space a label's characters out to fill a column ("信 用 额 度", "本 期 应 还 款 额"): three
// characters each set apart by one space are such a label, never words of a sentence.
const SPACED = /[\u3400-\u9fff] [\u3400-\u9fff] [\u3400-\u9fff]/;
const CJK_GAP = /(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g;

/** "信 用 额 度：12,000" → "信用额度：12,000"; other texts unchanged. */
export const despace = (text: string): string => (SPACED.test(text) ? text.replace(CJK_GAP, '') : text);

/** "最高可借额度(元)：" → "最高可借额度"; "Credit Limit:" → "credit limit"; "信 用 额 度" → "信用额度". */
export function cleanLabel(text: string): string {
  let t = despace(normalizeText(text).toLowerCase());
  for (let prev = ''; prev !== t;) {
    prev = t;
    // A tooltip's marker after the label (可用额度?, 可用额度ⓘ) is not part of it.
    t = t.replace(/\s*(?:[:*?ⓘ]|\([^()]*\))\s*$/, '');
  }
  return t;
}

/** The product a text names, as the lexicon spells it, when the whole text is one (花呗, 借呗 ›). */
export function productName(text: string): string | undefined {
  return PRODUCT_NAMES.get(
    cleanLabel(text)
      .replace(/\s*[>›»]+$/, '')
      .replace(LEADS, ''),
  );
}

const known = (t: string) => INDEX.get(t) ?? INDEX.get(t.replace(LEADS, ''));
// Bilingual cells of bank pages and e-statements: `授信额度 Credit Limit`, `账单日Statement Date`,
// `Credit Limit 信用额度`. Each half must be a whole label by itself, and both must agree.
const LATIN = /[a-z][a-z .'/&-]*/g;
/** Two Chinese characters in a row: a word. */
export const CJK_WORD = /[\u3400-\u9fff]{2}/;

function fieldOf(t: string): { field: Field; rank: number } | undefined {
  // A note in brackets inside a bilingual cell: "本期应还款额(欠款为-) New Balance".
  if (t.includes('(')) return bilingual(t) ?? bilingual(t.replace(/\s*\([^()]*\)\s*/g, ' ').trim());
  return bilingual(t);
}

function bilingual(t: string): { field: Field; rank: number } | undefined {
  const hit = known(t);
  // `信用额度/Credit Limit`, `信用额度 | Credit Limit`: the mark between the halves is neither.
  const zh = t.replace(LATIN, '').replace(/^[\s/|]+|[\s/|]+$/g, '');
  // What is left besides the English words holds a figure ("card 6225 …", "credit limit:12,345"): a
  // label with its value, not a label.
  if (hit || zh === t || !zh || /\d/.test(zh)) return hit;
  const a = known(zh);
  const b = known((t.match(LATIN) ?? []).join(' ').trim());
  // A Chinese half that names nothing else (two or more characters) lets the English one speak.
  return a && b ? (a.field === b.field ? a : undefined) : (a ?? (CJK_WORD.test(zh) ? undefined : b));
}

export interface LabelHit {
  field: Field;
  /** Rank in the field's list: lower is preferred. */
  rank: number;
  /** The product named in front of the label (花呗可用额度 → 花呗). */
  product?: string;
}

/** The field a label names, with its rank in the field's list and the product it names, if any. */
export function labelField(text: string): LabelHit | undefined {
  // 可用额度(美元), 折合美元, Credit Limit (USD): another currency's figure, never the yuan field.
  if (text.length > 60 || FOREIGN.test(text)) return undefined;
  const t = cleanLabel(text);
  const plain = fieldOf(t);
  if (plain) return plain;
  // "微粒贷(可借额度)": the label in brackets after the product (cleanLabel took it for a unit).
  const bracket = /^(.+?)\s*\(([^()]+)\)/.exec(normalizeText(text).toLowerCase());
  const [, name, rest] = (bracket && PRODUCT_NAMES.has(bracket[1]!.trim()) ? bracket : PRODUCT_FIRST.exec(t)) ?? [];
  const hit = name && rest ? fieldOf(cleanLabel(rest)) : undefined;
  return hit && hit.field !== 'product' ? { ...hit, product: PRODUCT_NAMES.get(name!.trim().toLowerCase()) } : undefined;
}

const AMOUNTS = new Set<Field>(['totalLimit', 'availableLimit', 'usedAmount']);

/** Two amount labels sharing one slash (可用额度/总额度(元)), for a value written `4,200.00 / 6,000.00`. */
export function labelPair(text: string): [LabelHit, LabelHit] | undefined {
  const parts = cleanLabel(text).split('/');
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((p) => labelField(p.trim()));
  return a && b && a.field !== b.field && AMOUNTS.has(a.field) && AMOUNTS.has(b.field) ? [a, b] : undefined;
}

// A unit printed with a label or over a panel: `可用额度(万元)`, `额度（万）`, `单位：万元`.
const TEN_THOUSANDS = /\((?:单位:?\s*)?万元?\)|单位:?\s*万元/;
/** What a plain number under this label or heading is worth in yuan (1e4 for 万元, else 1). */
export const unitScale = (text: string): number => (TEN_THOUSANDS.test(normalizeText(text)) ? 1e4 : 1);

/** All labels, longest first, for finding "标签：值" inside running text. */
export const LABEL_WORDS: readonly string[] = [...INDEX.keys()].sort((a, b) => b.length - a.length);

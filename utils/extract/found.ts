// What the generic reader found for one account: the best value per field (a lower label rank wins,
// then the first one seen), its status and what the page calls it.
import { AD_WORDS } from '../lexicon/cues';
import { anyOf } from '../lexicon/patterns';
import type { Status } from '../model/types';
import { tailsIn } from './card-tail';
import { FOREIGN } from './currency';
import { type AmountField, CJK_WORD, type Field } from './labels';
import { parseAmount } from './numbers';
import { type ParsedRate, parseRate } from './rates';
import { classifyStatusValue, STATUS_RANK } from './status';

export type Values = Partial<Record<AmountField | 'dailyRate' | 'apr', number>> & { status?: Status; statusText?: string };

export const AMOUNT_FIELDS: readonly AmountField[] = ['totalLimit', 'availableLimit', 'usedAmount'];
export const cap = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
const NOT_WORDS = /.*(?:→|为|至|到)|\([^)]*\)|人民币|[元万亿千约\s]/g;
// A row or cell naming a card by an English label ("Card No.", "Card Type") names no card.
export const ENGLISH_LABEL = /^[a-z .'/&-]*\b(?:no|number|type|name|card|account|product)\.?$/i;

/** A product or card name worth keeping as part of an account id, else undefined. A masked card
 *  number is cut to its tail; a text with a run of five digits (a full number) is not kept. */
export function productText(text: string): string | undefined {
  const tail = tailsIn(text)[0];
  if (tail) return `尾号${tail}`;
  return /\d{5}/.test(text) || ENGLISH_LABEL.test(text) ? undefined : cap(text, 80) || undefined;
}

// 最高50,000, 低至…, up to: an advert's figure beside the label, not this account's.
const AD_VALUE = anyOf(AD_WORDS, false);
const YUAN_MARK = /[¥元]|人民币|rmb|cny/i;
/** A value carrying its own multiplier (2.5万): a header's unit does not apply again. */
const OWN_UNIT = /\d\s*[千万亿]/;
/** How a debt shows in a signed balance: a minus before the digits, or the word 欠款. */
const DEBT_SIGN = /-\s*[¥$]?\s*\d|欠/;
/** A signed balance's debt ranks after every label naming the used amount outright. */
const SIGNED_RANK = 100;
/**
 * The yuan part of a value: without a conversion in brackets (`CNY 30,000.00 (≈ USD 4,172.64)`), and
 * before a second currency's figure (`￥7543.21,＄1200.00`); undefined when the value is another
 * currency's (`USD 1,000`, a 美元 column).
 */
function yuanPart(text: string): string | undefined {
  const t = text.replace(/\([^()]*\)/g, ' ');
  const m = FOREIGN.exec(t);
  if (!m) return t;
  const before = t.slice(0, m.index);
  return YUAN_MARK.test(before) ? before : undefined;
}

export class Found {
  private ranks = new Map<string, number>();
  values: Values = {};
  /** What the page calls this line (产品名称, 卡号 …): part of the account's id. */
  product?: string;
  /** Reads `text` as `field`'s value; `scale` is what a plain number is worth (1e4 under a 万元 header). */
  add(field: Field, rank: number, text: string, scale = 1): boolean {
    if (field === 'product') {
      this.product ??= productText(text);
      return this.product !== undefined;
    }
    if (field === 'status') {
      const c = classifyStatusValue(text);
      if (!c || STATUS_RANK[c.status] <= STATUS_RANK[this.values.status ?? 'unknown']) return !!c;
      this.values.status = c.status;
      this.values.statusText = cap(text, 200);
      return true;
    }
    if (field === 'dailyRate' || field === 'apr') {
      const r = parseRate(text, field === 'dailyRate' ? 'daily' : 'annual');
      if (!r) return false;
      for (const k of ['dailyRate', 'apr'] as const) if (r[k] !== undefined) this.set(k, k === field ? rank : 99, r[k]);
      // A note of the other rate under the label (日利率 over 年化利率14.6%) leaves this one to find.
      return r[field] !== undefined;
    }
    // The history holds yuan: a dollar column or "USD 1,000" is not this account's limit. A value
    // with words left after its change and units ("最高可借88,888 立即申请", an advert beside the label)
    // is a sentence, not this account's amount.
    if (AD_VALUE.test(text)) return false;
    const yuan = yuanPart(text);
    if (yuan === undefined || CJK_WORD.test(yuan.replace(NOT_WORDS, ''))) return false;
    const n = parseAmount(yuan);
    if (n === undefined) return false;
    const scaled = scale !== 1 && !OWN_UNIT.test(yuan) ? Math.round(n * scale * 100) / 100 : n;
    // 溢缴款/欠款: a debt printed negative is the used amount; a positive one is the person's own
    // money on the card (the available limit then exceeds the limit), owed nothing more than 0.
    if (field === 'signedBalance') {
      if (n !== 0 && !DEBT_SIGN.test(yuan)) return true;
      this.set('usedAmount', rank + SIGNED_RANK, scaled);
      return true;
    }
    this.set(field, rank, scaled);
    return true;
  }
  addRate(r: ParsedRate | undefined): void {
    if (r?.dailyRate !== undefined) this.set('dailyRate', 50, r.dailyRate);
    if (r?.apr !== undefined) this.set('apr', 50, r.apr);
  }
  merge(o: Found): void {
    this.product ??= o.product;
    for (const [k, v] of Object.entries(o.values)) {
      if (typeof v === 'number') this.set(k as keyof Values, o.ranks.get(k) ?? 99, v);
      else if (k === 'status') this.add('status', 0, o.values.statusText ?? '');
    }
  }
  /** Drops the rates: they were an advert's (a product card on a page inviting to apply). */
  dropRates(): void {
    delete this.values.dailyRate;
    delete this.values.apr;
  }
  private set(field: keyof Values, rank: number, v: number): void {
    if ((this.ranks.get(field) ?? Infinity) <= rank) return;
    this.ranks.set(field, rank);
    (this.values as Record<string, number>)[field] = v;
  }
}

export const hasAmount = (v: Values) => AMOUNT_FIELDS.some((f) => v[f] !== undefined);
export const hasRate = (v: Values) => v.dailyRate !== undefined || v.apr !== undefined;

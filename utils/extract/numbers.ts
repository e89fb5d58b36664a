// Amounts as Chinese lending and bank pages print them, turned into yuan. A value that is masked,
// a range or a "from" price is not an amount the person has, so those give `undefined`, never 0.
import { MULTIPLIERS, YUAN_MARKS } from '../lexicon/cues';
import { alternation } from '../lexicon/patterns';
import { MAX_AMOUNT } from '../model/types';
import { normalizeText } from '../normalize-text';

export { normalizeText };

const UNIT = MULTIPLIERS;
// The yuan's marks after the digits, maybe after a slash (12,000.00/CNY, 12,000.00 元); ¥ goes before.
const AFTER_MARK = alternation(
  YUAN_MARKS.filter((m) => m !== '¥'),
  false,
);

// A change "从5万元调整为2万元" / "3万元→0" states the new value last.
const CHANGE = /→|->|=>|⇒|(?:调整|调|降|下调|上调|提升|提高|变更|变|改|恢复)[为至到]/g;
// Two numbers joined by a dash, tilde or 至: a marketing range, not one value.
const RANGE = /\d\s*(?:[千万亿]\s*)?(?:元\s*)?%?\s*(?:-|~|–|—|至|到)\s*[¥$]?\s*\d/;
const FROM_PRICE = /\d\s*(?:[千万亿]\s*)?(?:元\s*)?%?\s*起/;
const NUMBER = new RegExp(`(-?)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s*([千万亿]))?(?:\\s*(?:/\\s*)?(?:${AFTER_MARK}))?`, 'i');
// What may follow a number for it to be an amount: the end, a space or punctuation; not 期/天/%/积分….
const AFTER = /^(?:$|[\s(),;!、。|]|\.(?!\d))/;

/** Round to cents without float noise; undefined unless finite and within the history's cap. */
function toYuan(n: number): number | undefined {
  const r = Math.round(Math.abs(n) * 100) / 100;
  return Number.isFinite(r) && r <= MAX_AMOUNT ? r : undefined;
}

/** Parses one amount in yuan (`¥12,345.00`, `1.2万`, `-6,086.11` → 6086.11, `从5万元调整为2万元` → 20000). */
export function parseAmount(text: string): number | undefined {
  let t = normalizeText(text);
  if (t.includes('*')) return undefined;
  const parts = t.split(CHANGE);
  t = (parts[parts.length - 1] ?? '').replace(/\([^)]*\)/g, ' ');
  if (RANGE.test(t) || FROM_PRICE.test(t)) return undefined;
  const m = NUMBER.exec(t);
  if (!m) return undefined;
  if (!AFTER.test(t.slice(m.index + m[0].length))) return undefined;
  const n = Number((m[2] ?? '').replace(/,/g, '') + (m[3] ?? '')) * (UNIT[m[4] ?? ''] ?? 1);
  return toYuan(n);
}

// The label lexicon: which printed label names which field. Exact labels only (after trimming
// punctuation and units), so that "积分", "优惠券" or a promo headline never reads as a limit.
import { normalizeText } from './numbers';

export type AmountField = 'totalLimit' | 'availableLimit' | 'usedAmount';
export type RateField = 'dailyRate' | 'apr';
/** `status` and `product` label table columns: the row's state and its card or product name. */
export type Field = AmountField | RateField | 'status' | 'product';

// Order matters inside a list: an earlier label wins when a page shows two for one field
// (已用额度 is the used amount; 本期应还 or 未出账单 only stand in for it).
export const LABELS: Record<Field, readonly string[]> = {
  totalLimit: [
    '总额度',
    '信用额度',
    '授信额度',
    '固定额度',
    '借款额度',
    '最高可借额度',
    '最高可借',
    '总信用额度',
    'credit limit',
    'total credit limit',
    'credit line',
  ],
  availableLimit: [
    '可用额度',
    '剩余额度',
    '可借额度',
    '当前可借',
    '可提款金额',
    '当前可提款金额',
    '剩余可用额度',
    '当前最高可借',
    'available credit',
    'available limit',
    'available credit limit',
  ],
  usedAmount: [
    '已用额度',
    '待还金额',
    '剩余应还',
    '借据余额',
    '本期应还金额',
    '本期应还',
    '未出账单',
    '未出账单金额',
    // App screens: what is borrowed and not yet repaid (微粒贷 已借, 白条 待还).
    '已借金额',
    '已借',
    '待还',
    'current balance',
    'outstanding balance',
  ],
  dailyRate: ['日利率', '日息', '日费用', '日费率', 'daily rate', 'daily interest rate'],
  apr: ['年化利率', '近似折算年化利率', '参考年化利率', '年利率', '年化费率', 'apr', 'annual percentage rate', 'purchase apr'],
  status: ['状态', '账户状态', '额度状态', '卡片状态', '借款状态', 'status', 'account status', 'card status'],
  product: [
    '卡号',
    '卡片',
    '卡种',
    '卡片名称',
    '卡片类型',
    '产品',
    '产品名称',
    '账户名称',
    '借款产品',
    'card',
    'card number',
    'card name',
    'product',
    'account',
  ],
};

const INDEX = new Map<string, { field: Field; rank: number }>();
for (const [field, list] of Object.entries(LABELS) as [Field, readonly string[]][]) {
  list.forEach((label, rank) => INDEX.set(label, { field, rank }));
}

/** "最高可借额度(元)：" → "最高可借额度"; "Credit Limit:" → "credit limit". */
export function cleanLabel(text: string): string {
  let t = normalizeText(text).toLowerCase();
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(/\s*(?:[:*]|\([^()]*\))\s*$/, '');
  }
  return t;
}

const known = (t: string) => INDEX.get(t) ?? INDEX.get(t.replace(/^(?:人民币|本币|我的|您的|your )/, ''));
// Bilingual cells of bank pages and e-statements: `授信额度 Credit Limit`, `账单日Statement Date`,
// `Credit Limit 信用额度`. Each half must be a whole label by itself, and both must agree.
const LATIN = /[a-z][a-z .'/&-]*/g;
/** Two Chinese characters in a row: a word. */
export const CJK_WORD = /[\u3400-\u9fff]{2}/;

/** The field a label names, with its rank in the field's list (lower is preferred). */
export function labelField(text: string): { field: Field; rank: number } | undefined {
  if (text.length > 60) return undefined;
  const t = cleanLabel(text);
  const hit = known(t);
  const zh = t.replace(LATIN, '').trim();
  if (hit || zh === t || !zh) return hit;
  const a = known(zh);
  const b = known((t.match(LATIN) ?? []).join(' ').trim());
  // A Chinese half that names nothing else (two or more characters) lets the English one speak.
  return a && b ? (a.field === b.field ? a : undefined) : (a ?? (CJK_WORD.test(zh) ? undefined : b));
}

/** All labels, longest first, for finding "标签：值" inside running text. */
export const LABEL_WORDS: readonly string[] = [...INDEX.keys()].sort((a, b) => b.length - a.length);

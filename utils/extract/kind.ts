// The kind of account a page shows, where its own words tell it (vocabulary.md "Account kind").
// Without one an account counts as a cash lender in `many-lenders`, so a guess is worse than none:
// only the page's own short texts count (readPage leaves out ads, help text and footers).
import type { AccountKind } from '../model/types';
import { shortTexts, type PageText } from './status';

// Most specific first: a card page also says 分期 and 预借现金, a 花呗 page may mention 借钱.
const KINDS: [AccountKind, RegExp][] = [
  ['credit-card', /信用卡|卡号|尾号\s*:?\s*\d{4}|账单日|最低还款|credit card/i],
  // 月付 is the product (美团月付), not 按月付息.
  ['pay-later', /花呗|白条|先享后付|(?:^|[^按])月付(?!息)/],
  ['credit-line', /可借|借款|借钱|日利率|随借随还|循环贷/],
];
// 分期 with a fixed term (共12期, 剩余6期, 第3/12期) and a balance: an installment loan.
const TERM = /[共余剩]\s*\d+\s*期|\d+\s*\/\s*\d+\s*期/;

/** The page's account kind, or undefined when its words do not tell. */
export function detectKind(page: PageText, title: string, hasBalance: boolean): AccountKind | undefined {
  const all = [title, ...shortTexts(page, 80).map((s) => s.text)].join('\n');
  for (const [kind, re] of KINDS) if (re.test(all)) return kind;
  return hasBalance && /分期/.test(all) && TERM.test(all) ? 'installment-loan' : undefined;
}

/** The kind a line's own name tells, on a page of several (尾号1234 a card, 新一贷 a loan line). */
export function nameKind(name: string | undefined): AccountKind | undefined {
  if (!name) return undefined;
  if (/^尾号\d{4}$|信用卡$/.test(name)) return 'credit-card';
  return /[贷借]$/.test(name) ? 'credit-line' : undefined;
}

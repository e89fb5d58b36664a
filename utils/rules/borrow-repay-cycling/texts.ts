import type { RuleAlert, EvidenceValue } from '../shapes';
import { num, str, type AlertTexts, type TextContext } from '../texts-types';

type Row = Record<string, EvidenceValue>;
const latest = (a: RuleAlert): Row => {
  const v = a.evidence.latest;
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
};
const text = (row: Row, key: string): string => {
  const v = row[key];
  return typeof v === 'string' ? v : '?';
};
/** An amount in the evidence row, formatted, or "" when it was not recorded. */
const amountIn = (row: Row, key: string, c: TextContext): string => {
  const v = row[key];
  return typeof v === 'number' ? c.amount(v) : '';
};
const isCross = (a: RuleAlert) => a.evidence.pattern === 'cross-lender';
/** The account's name, or the lender when the loop is on a lender the person has no single account at. */
const where = (a: RuleAlert, c: TextContext): string => c.accountName ?? (typeof a.evidence.lender === 'string' ? a.evidence.lender : '');

export const borrowRepayCyclingText: AlertTexts = {
  zh: (a, c) => {
    if (isCross(a)) {
      const r = latest(a);
      const amount = amountIn(r, 'borrowedAmount', c);
      return {
        title: '疑似以贷养贷',
        detail:
          `近 ${num(a, 'windowDays')} 天有 ${num(a, 'times')} 次在向一家机构还款后 ${num(a, 'withinDays')} 天内又向另一家机构借款。` +
          `最近一次：${c.date(text(r, 'repaidAt'))} 还款给${text(r, 'repaidLender')}，${c.date(text(r, 'borrowedAt'))} 向${text(r, 'borrowedLender')}借款${amount ? ` ${amount}` : ''}。` +
          `借新还旧（以贷养贷）是贷款机构风控重点关注的信号。提醒阈值：${num(a, 'windowDays')} 天内 ≥ ${num(a, 'threshold')} 次。`,
      };
    }
    return {
      title: `${where(a, c)} 短期内反复借还`,
      detail:
        `近 ${num(a, 'windowDays')} 天有 ${num(a, 'cycles')} 笔借款在 ${num(a, 'repayWithinDays')} 天内就全部还清，最近一次还清在 ${c.date(str(a, 'latestRepaidAt'))}。` +
        `这样频繁地借了马上又还，容易被风控看作资金紧张、靠借款周转。` +
        `提醒阈值：≥ ${num(a, 'threshold')} 次；≥ ${num(a, 'criticalThreshold')} 次为严重。`,
    };
  },
  en: (a, c) => {
    if (isCross(a)) {
      const r = latest(a);
      const amount = amountIn(r, 'borrowedAmount', c);
      return {
        title: 'Borrowing to repay other loans',
        detail:
          `${num(a, 'times')} times in the last ${num(a, 'windowDays')} days you borrowed from one lender within ${num(a, 'withinDays')} days of repaying another. ` +
          `Latest: repaid ${text(r, 'repaidLender')} on ${c.date(text(r, 'repaidAt'))}, borrowed${amount ? ` ${amount}` : ''} from ${text(r, 'borrowedLender')} on ${c.date(text(r, 'borrowedAt'))}. ` +
          `Lenders watch for using one loan to repay another (以贷养贷). Alert threshold: ${num(a, 'threshold')} or more in ${num(a, 'windowDays')} days.`,
      };
    }
    return {
      title: `${where(a, c)}: quick borrow-and-repay cycles`,
      detail:
        `${num(a, 'cycles')} loans in the last ${num(a, 'windowDays')} days were paid back in full within ${num(a, 'repayWithinDays')} days; the latest on ${c.date(str(a, 'latestRepaidAt'))}. ` +
        `Repeated short loops read as a cash-flow squeeze to lenders' risk models. ` +
        `Alert threshold: ${num(a, 'threshold')} or more; critical at ${num(a, 'criticalThreshold')} or more.`,
    };
  },
};

import { num, str, type AlertTexts } from '../texts-types';
import type { RuleAlert } from '../shapes';

/** One loan shopped at several banks counts once for the critical level: said only when it happened. */
const folded = (a: RuleAlert): number => (typeof a.evidence.shoppedFolded === 'number' ? a.evidence.shoppedFolded : 0);
const zhShopped = (a: RuleAlert): string =>
  folded(a) > 0 ? `判断「严重」时，${num(a, 'shoppingDays')} 天内多家银行的贷款审批查询按同一笔贷款计一次（合并了 ${folded(a)} 次）。` : '';
const enShopped = (a: RuleAlert): string =>
  folded(a) > 0
    ? ` For the critical level, bank loan-approval checks within ${num(a, 'shoppingDays')} days count as one loan shopped around (${folded(a)} merged).`
    : '';

// The 3-a-month / 6-in-three-months figures are what practitioners commonly cite, not a lender's
// rule, so they are quoted as such; the thresholds the person set are given separately.
export const frequentApplicationsText: AlertTexts = {
  zh: (a, c) => ({
    title: '近期征信硬查询过多',
    detail:
      `近 ${num(a, 'windowDays')} 天有 ${num(a, 'inWindow')} 次硬查询或贷款申请，近 ${num(a, 'criticalWindowDays')} 天共 ${num(a, 'inCriticalWindow')} 次` +
      `（其中征信查询 ${num(a, 'inquiries')} 次、申请 ${num(a, 'applications')} 次；一次申请和它带来的查询只算一次），最近一次在 ${c.date(str(a, 'latestAt'))}。` +
      `常被引用的参考线是 1 个月内不超过 3 次、3 个月内不超过 6 次硬查询，查询过多会被贷款机构视为急需用钱。` +
      `提醒阈值：${num(a, 'windowDays')} 天内 ≥ ${num(a, 'threshold')} 次，或 ${num(a, 'criticalWindowDays')} 天内 ≥ ${num(a, 'longThreshold')} 次；${num(a, 'criticalWindowDays')} 天内 ≥ ${num(a, 'criticalThreshold')} 次为严重。` +
      zhShopped(a),
  }),
  en: (a, c) => ({
    title: 'Many hard credit checks recently',
    detail:
      `${num(a, 'inWindow')} hard inquiries or credit applications in the last ${num(a, 'windowDays')} days, ${num(a, 'inCriticalWindow')} in the last ${num(a, 'criticalWindowDays')} ` +
      `(${num(a, 'inquiries')} inquiries, ${num(a, 'applications')} applications; an application and the check it caused count once); the latest on ${c.date(str(a, 'latestAt'))}. ` +
      `A commonly cited guide is at most 3 hard inquiries in a month and 6 in three months; lenders read many checks as an urgent need for money. ` +
      `Alert threshold: ${num(a, 'threshold')} or more in ${num(a, 'windowDays')} days, or ${num(a, 'longThreshold')} or more in ${num(a, 'criticalWindowDays')} days; critical at ${num(a, 'criticalThreshold')} or more in ${num(a, 'criticalWindowDays')} days.` +
      enShopped(a),
  }),
};

import type { RuleAlert } from '../shapes';
import { num, type AlertTexts } from '../texts-types';

const names = (a: RuleAlert): string[] => {
  const v = a.evidence.lenders;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};
const byOpened = (a: RuleAlert) => a.evidence.trigger === 'opened';
const showsOpened = (a: RuleAlert) => a.evidence.trigger !== 'lenders';

// "Owing 3+ online lenders, or 5+ institutions" is what practitioners commonly cite as 多头借贷.
export const manyLendersText: AlertTexts = {
  zh: (a) => ({
    title: byOpened(a) ? '近期新开授信账户过多（多头授信）' : '多头借贷：同时欠多家机构',
    detail:
      (num(a, 'owedLenders') > 0
        ? `目前在 ${num(a, 'owedLenders')} 家机构有待还款项：${names(a).join('、')}；其中现金贷款机构 ${num(a, 'cashLenders')} 家。`
        : '') +
      (showsOpened(a) ? `近 ${num(a, 'openedWindowDays')} 天新开了 ${num(a, 'opened')} 个授信账户。` : '') +
      `常被引用的说法是：同时欠 3 家以上网贷机构，或 5 家以上机构有借款，就会被视为多头借贷。` +
      `提醒阈值：欠 ${num(a, 'threshold')} 家及以上现金贷款机构（${num(a, 'criticalThreshold')} 家及以上为严重），或欠 ${num(a, 'institutionsThreshold')} 家及以上各类机构（含信用卡、花呗、白条），` +
      `或 ${num(a, 'openedWindowDays')} 天内新开 ≥ ${num(a, 'openedThreshold')} 个账户。`,
  }),
  en: (a) => ({
    title: byOpened(a) ? 'Many new credit accounts' : 'Owing many lenders at once',
    detail:
      (num(a, 'owedLenders') > 0
        ? `You currently owe money to ${num(a, 'owedLenders')} institutions: ${names(a).join(', ')}; ${num(a, 'cashLenders')} of them cash lenders. `
        : '') +
      (showsOpened(a) ? `${num(a, 'opened')} credit accounts opened in the last ${num(a, 'openedWindowDays')} days. ` : '') +
      `Commonly cited: owing 3 or more online lenders, or 5 or more institutions, at once reads as borrowing from many lenders (多头借贷). ` +
      `Alert threshold: ${num(a, 'threshold')} or more cash lenders owed (critical at ${num(a, 'criticalThreshold')}), or ${num(a, 'institutionsThreshold')} or more institutions of any kind (cards and pay-later included), ` +
      `or ${num(a, 'openedThreshold')} or more accounts opened in ${num(a, 'openedWindowDays')} days.`,
  }),
};

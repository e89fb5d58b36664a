import { num, str, type AlertTexts } from '../texts-types';

export const staleAccountText: AlertTexts = {
  zh: (a, c) => ({
    title: `${c.accountName ?? ''} 有一段时间没查看了`,
    detail:
      `最近一次看到这个账户是 ${c.date(str(a, 'lastSeenAt'))}，已经 ${num(a, 'daysSince')} 天没有更新。` +
      `额度哨兵只能记下你打开过的页面，建议至少每 ${num(a, 'thresholdDays')} 天打开一次该机构的额度页面，以便及时发现降额或状态变化。`,
  }),
  en: (a, c) => ({
    title: `${c.accountName ?? ''}: not checked lately`,
    detail:
      `This account was last seen on ${c.date(str(a, 'lastSeenAt'))}, ${num(a, 'daysSince')} days ago. ` +
      `Limit Sentinel only records the pages you open: open this lender's limit page at least every ${num(a, 'thresholdDays')} days ` +
      `so a cut or a status change is caught early.`,
  }),
};

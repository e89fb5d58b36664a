import { num, str, type AlertTexts } from '../texts-types';

import type { RuleAlert } from '../shapes';

// The one reminder for accounts known only from credit reports: pull a new report. Its title carries
// a day count (never an amount), so a notification can show it.
const aboutReport = (a: RuleAlert): boolean => a.evidence.scope === 'credit-report';

/** A page the person visits, not looked at lately. */
const staleText: AlertTexts = {
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

export const staleAccountText: AlertTexts = {
  zh: (a, c) =>
    aboutReport(a)
      ? {
          title: `最新的征信报告已是 ${num(a, 'daysSince')} 天前的`,
          detail:
            `有 ${num(a, 'accounts')} 个账户只出现在征信报告里，最近一次读到的报告是 ${c.date(str(a, 'reportSeenAt'))}，已经 ${num(a, 'daysSince')} 天。` +
            `建议每 ${num(a, 'thresholdDays')} 天左右查询一份新的个人信用报告（征信中心网站或银行 App 的本人查询不算硬查询）并导入，以便看到这些账户的变化。`,
        }
      : staleText.zh(a, c),
  en: (a, c) =>
    aboutReport(a)
      ? {
          title: `Your latest credit report is ${num(a, 'daysSince')} days old`,
          detail:
            `${num(a, 'accounts')} accounts are known only from credit reports; the latest report read is from ${c.date(str(a, 'reportSeenAt'))}, ${num(a, 'daysSince')} days ago. ` +
            `Pull a new personal credit report about every ${num(a, 'thresholdDays')} days (a self-check on the credit bureau's site or a bank app is not a hard inquiry) and import it, so changes on those accounts show.`,
        }
      : staleText.en(a, c),
};

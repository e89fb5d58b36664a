import type { Status } from '../../model/types';
import type { RuleAlert } from '../shapes';
import { num, str, type AlertTexts, type TextContext } from '../texts-types';

const STATUSES: readonly string[] = ['normal', 'limited', 'frozen', 'closed', 'unknown'];
/** The status label the popup uses (utils/i18n `status.*`); "?" for anything else. */
const label = (c: TextContext, a: RuleAlert, key: string): string => {
  const s = str(a, key);
  return STATUSES.includes(s) ? c.status(s as Status) : '?';
};
/** The phrase the page showed, when there is one: it is what the person will recognise. */
const pageSaid = (a: RuleAlert): string | undefined => {
  const v = a.evidence.statusText;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
};

export const statusWorsenedText: AlertTexts = {
  zh: (a, c) => {
    const said = pageSaid(a);
    return {
      title: `${c.accountName ?? ''} 状态变为${label(c, a, 'status')}`,
      detail:
        `账户状态从「${label(c, a, 'previousStatus')}」变为「${label(c, a, 'status')}」（自 ${c.date(str(a, 'since'))}起）` +
        (said ? `，页面显示“${said}”` : '') +
        `。过去 ${num(a, 'windowDays')} 天内曾为「${label(c, a, 'baselineStatus')}」（最近一次：${c.date(str(a, 'baselineSeenAt'))}）。`,
    };
  },
  en: (a, c) => {
    const said = pageSaid(a);
    return {
      title: `${c.accountName ?? ''}: status now ${label(c, a, 'status')}`,
      detail:
        `The account went from ${label(c, a, 'previousStatus')} to ${label(c, a, 'status')} (since ${c.date(str(a, 'since'))})` +
        (said ? `; the page said “${said}”` : '') +
        `. It was ${label(c, a, 'baselineStatus')} within the last ${num(a, 'windowDays')} days (last on ${c.date(str(a, 'baselineSeenAt'))}).`,
    };
  },
};

import type { RuleAlert } from '../shapes';
import { num, str, type AlertTexts, type TextContext } from '../texts-types';

/** Rates keep up to four decimals of a percent: a daily 0.035% must not read as 0.04%. */
const rate = (c: TextContext, a: RuleAlert, key: string): string => c.rate(num(a, key));
const bothDaily = (a: RuleAlert): boolean =>
  typeof a.evidence.previousDailyRate === 'number' && typeof a.evidence.latestDailyRate === 'number';
const anyDaily = (a: RuleAlert): boolean =>
  typeof a.evidence.previousDailyRate === 'number' || typeof a.evidence.latestDailyRate === 'number';

export const rateIncreaseText: AlertTexts = {
  zh: (a, c) => ({
    title: `${c.accountName ?? ''} 利率上调`,
    detail:
      (bothDaily(a)
        ? `日利率从 ${rate(c, a, 'previousDailyRate')} 上调到 ${rate(c, a, 'latestDailyRate')}` +
          `（折合年化利率 ${rate(c, a, 'previousRate')} → ${rate(c, a, 'latestRate')}）`
        : `年化利率从 ${rate(c, a, 'previousRate')} 上调到 ${rate(c, a, 'latestRate')}` + (anyDaily(a) ? '（日利率按 × 365 折算）' : '')) +
      `，相对上涨 ${c.percent(num(a, 'rise'))}（自 ${c.date(str(a, 'changedAt'))}起）。` +
      `提醒阈值：比 ${num(a, 'windowDays')} 天内的上一个利率高 ${c.percent(num(a, 'threshold'))} 及以上。`,
  }),
  en: (a, c) => ({
    title: `${c.accountName ?? ''}: rate raised`,
    detail:
      (bothDaily(a)
        ? `The daily rate rose from ${rate(c, a, 'previousDailyRate')} to ${rate(c, a, 'latestDailyRate')}` +
          ` (annualised ${rate(c, a, 'previousRate')} → ${rate(c, a, 'latestRate')})`
        : `The annual rate rose from ${rate(c, a, 'previousRate')} to ${rate(c, a, 'latestRate')}` +
          (anyDaily(a) ? ' (daily rates × 365)' : '')) +
      `, up ${c.percent(num(a, 'rise'))} relative (since ${c.date(str(a, 'changedAt'))}). ` +
      `Alert threshold: ${c.percent(num(a, 'threshold'))} or more above the previous rate within ${num(a, 'windowDays')} days.`,
  }),
};

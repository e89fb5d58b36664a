import { formatRate } from '../../format';
import type { Lang } from '../../i18n/lang';
import type { Alert } from '../types';
import { num, str, type AlertTexts } from '../texts-types';

/** Rates keep up to four decimals of a percent: a daily 0.035% must not read as 0.04%. */
const rate = (lang: Lang, a: Alert, key: string): string => {
  const v = num(a, key);
  return Number.isFinite(v) ? formatRate(lang, v) : '?';
};
const bothDaily = (a: Alert): boolean => typeof a.evidence.previousDailyRate === 'number' && typeof a.evidence.latestDailyRate === 'number';
const anyDaily = (a: Alert): boolean => typeof a.evidence.previousDailyRate === 'number' || typeof a.evidence.latestDailyRate === 'number';

export const rateIncreaseText: AlertTexts = {
  zh: (a, c) => ({
    title: `${c.accountName ?? ''} 利率上调`,
    detail:
      (bothDaily(a)
        ? `日利率从 ${rate('zh', a, 'previousDailyRate')} 上调到 ${rate('zh', a, 'latestDailyRate')}` +
          `（折合年化利率 ${rate('zh', a, 'previousRate')} → ${rate('zh', a, 'latestRate')}）`
        : `年化利率从 ${rate('zh', a, 'previousRate')} 上调到 ${rate('zh', a, 'latestRate')}` +
          (anyDaily(a) ? '（日利率按 × 365 折算）' : '')) +
      `，相对上涨 ${c.percent(num(a, 'rise'))}（自 ${c.date(str(a, 'changedAt'))}起）。` +
      `提醒阈值：比 ${num(a, 'windowDays')} 天内的上一个利率高 ${c.percent(num(a, 'threshold'))} 及以上。`,
  }),
  en: (a, c) => ({
    title: `${c.accountName ?? ''}: rate raised`,
    detail:
      (bothDaily(a)
        ? `The daily rate rose from ${rate('en', a, 'previousDailyRate')} to ${rate('en', a, 'latestDailyRate')}` +
          ` (annualised ${rate('en', a, 'previousRate')} → ${rate('en', a, 'latestRate')})`
        : `The annual rate rose from ${rate('en', a, 'previousRate')} to ${rate('en', a, 'latestRate')}` +
          (anyDaily(a) ? ' (daily rates × 365)' : '')) +
      `, up ${c.percent(num(a, 'rise'))} relative (since ${c.date(str(a, 'changedAt'))}). ` +
      `Alert threshold: ${c.percent(num(a, 'threshold'))} or more above the previous rate within ${num(a, 'windowDays')} days.`,
  }),
};

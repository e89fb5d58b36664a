// Pure display formatters. The language and `now` are parameters so the popup, the tests and the
// Node tools all get the same output.
import { localeOf, t, type Lang, type MessageKey } from './i18n';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, kind: 'amount' | 'rate' | 'share' | 'fine-share'): Intl.NumberFormat {
  const id = lang + kind;
  let f = cache.get(id);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      kind === 'amount'
        ? // narrowSymbol keeps English at "¥12,345.00" instead of "CN¥12,345.00".
          { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }
        : { style: 'percent', maximumFractionDigits: kind === 'rate' ? 4 : kind === 'fine-share' ? 1 : 0 };
    f = new Intl.NumberFormat(localeOf(lang), options);
    cache.set(id, f);
  }
  return f;
}

/** Yuan as `¥12,345.00`. */
export function formatAmount(lang: Lang, yuan: number): string {
  return numberFormat(lang, 'amount').format(yuan);
}

/** A rate fraction as a percent: 0.00035 → `0.035%`, 0.1278 → `12.78%`. */
export function formatRate(lang: Lang, fraction: number): string {
  return numberFormat(lang, 'rate').format(fraction);
}

export function formatDailyRate(lang: Lang, fraction: number): string {
  return t(lang, 'rate.daily', { rate: formatRate(lang, fraction) });
}

export function formatApr(lang: Lang, fraction: number): string {
  return t(lang, 'rate.apr', { rate: formatRate(lang, fraction) });
}

/** Utilisation 0..1 as a whole percent; small shares keep one decimal so 0.4% does not read as 0%. */
export function formatUtilization(lang: Lang, ratio: number): string {
  return numberFormat(lang, ratio > 0 && ratio < 0.1 ? 'fine-share' : 'share').format(ratio);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'minute' | 'hour' | 'day' | 'month' | 'year';
function ago(lang: Lang, n: number, unit: Unit): string {
  const key = (n === 1 ? `time.${unit}` : `time.${unit}s`) as MessageKey;
  return t(lang, key, { n });
}

/** "3 天前" / "3 days ago". A time in the future (clock skew) reads as "just now". */
export function formatRelative(lang: Lang, at: string | number | Date, now: number | Date): string {
  const diff = new Date(now).getTime() - new Date(at).getTime();
  if (!Number.isFinite(diff) || diff < MINUTE) return t(lang, 'time.justNow');
  if (diff < HOUR) return ago(lang, Math.floor(diff / MINUTE), 'minute');
  if (diff < DAY) return ago(lang, Math.floor(diff / HOUR), 'hour');
  const days = Math.floor(diff / DAY);
  if (days < 30) return ago(lang, days, 'day');
  if (days < 365) return ago(lang, Math.floor(days / 30), 'month');
  return ago(lang, Math.floor(days / 365), 'year');
}

/** Absolute local date and time, for tooltips next to relative times. */
export function formatDateTime(lang: Lang, at: string | number | Date): string {
  // Creating an Intl formatter costs far more than using one; the popup formats dozens of dates.
  let f = dateTimeFormats.get(lang);
  if (!f) dateTimeFormats.set(lang, (f = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(new Date(at));
}
const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * The zone of dates that come from a source: bill rows, a credit report's 截至/查询日期. They are China
 * calendar dates and are shown as such whatever the browser's zone (a bill row of 9月5日 is 9月5日 in
 * Los Angeles too).
 */
export const SOURCE_TIME_ZONE = 'Asia/Shanghai';

const sourceDateFormats = new Map<Lang, Intl.DateTimeFormat>();
/** A source's calendar date (no time of day), in China time. */
export function formatSourceDate(lang: Lang, at: string | number | Date): string {
  let f = sourceDateFormats.get(lang);
  if (!f) sourceDateFormats.set(lang, (f = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: SOURCE_TIME_ZONE })));
  return f.format(new Date(at));
}

/** `limit-sentinel-history-YYYY-MM-DD.json` in the person's local calendar. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `limit-sentinel-history-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

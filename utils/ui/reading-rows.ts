// What the popup's "read on this page" lists for one account: each field the page gave, in words,
// with its value as text (never markup). Pure: the language is a parameter.
import { formatAmount, formatRate } from '../format';
import { t, type Lang } from '../i18n';
import { tr, type TabReadingKey } from '../i18n/tab-reading';
import type { ObservedValues } from '../model/types';

export interface ReadingRow {
  field: string;
  label: string;
  value: string;
}

const AMOUNTS = ['availableLimit', 'totalLimit', 'usedAmount'] as const;

export function readingRows(lang: Lang, v: ObservedValues): ReadingRow[] {
  const row = (field: keyof ObservedValues, value: string): ReadingRow => ({
    field,
    label: tr(lang, `reading.field.${field}` as TabReadingKey),
    value,
  });
  const rows: ReadingRow[] = [];
  for (const f of AMOUNTS) {
    const x = v[f];
    if (x !== undefined) rows.push(row(f, formatAmount(lang, x)));
  }
  if (v.dailyRate !== undefined) rows.push(row('dailyRate', formatRate(lang, v.dailyRate)));
  if (v.apr !== undefined) rows.push(row('apr', formatRate(lang, v.apr)));
  if (v.status !== 'unknown') {
    const word = t(lang, `status.${v.status}`);
    // The page's own phrase too, unless it is just the status's name.
    const said = v.statusText?.trim() === word ? undefined : v.statusText?.trim();
    rows.push(row('status', word + (said ? (lang === 'zh' ? `（${said}）` : ` (“${said}”)`) : '')));
  }
  if (v.increaseAvailable !== undefined)
    rows.push(row('increaseAvailable', tr(lang, v.increaseAvailable ? 'reading.increase.open' : 'reading.increase.closed')));
  return rows;
}

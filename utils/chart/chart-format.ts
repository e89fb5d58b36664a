// The chart's axis and read-out words in the person's language: dates by Intl (the locale of the
// dictionaries), amounts like utils/format.ts (compact on the axis: ¥5万, ¥50K).
import { localeOf, type Lang } from '../i18n';

const DAY = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(id: string, make: () => T): T {
  let f = formats.get(id) as T | undefined;
  if (!f) formats.set(id, (f = make()));
  return f;
}

/** An axis tick's date: the year alone for steps of a year, year and month for steps of a month, else month and day. */
export function axisDate(lang: Lang, at: number, step: number): string {
  const style: Intl.DateTimeFormatOptions =
    step >= 360 * DAY ? { year: 'numeric' } : step >= 28 * DAY ? { year: 'numeric', month: 'short' } : { month: 'short', day: 'numeric' };
  return cached(`${lang}:axis:${JSON.stringify(style)}`, () => new Intl.DateTimeFormat(localeOf(lang), style)).format(at);
}

/** The date of a point under the cursor (local calendar, like the popup's dates). */
export function pointDate(lang: Lang, at: number): string {
  return cached(`${lang}:point`, () => new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' })).format(at);
}

/** An amount on the value axis: ¥5万 / ¥50K. */
export function axisAmount(lang: Lang, yuan: number): string {
  return cached(
    `${lang}:amount`,
    () =>
      new Intl.NumberFormat(localeOf(lang), {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      }),
  ).format(yuan);
}

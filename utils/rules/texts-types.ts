// How an alert is put into words. Each rule has one text file under `texts/` with both languages;
// the engine stays free of wording, and the popup receives finished strings from the background.
import type { Lang } from '../i18n/lang';
import type { Alert } from './types';

export interface TextContext {
  lang: Lang;
  /** "京东 白条", or the account id when the account is unknown; undefined for whole-picture alerts. */
  accountName?: string;
  amount(yuan: number): string;
  /** A share or rate fraction as a percent (0.3 → "30%"). */
  percent(fraction: number): string;
  /** An ISO instant as a calendar date in the person's time zone. */
  date(iso: string): string;
}

export interface AlertWords {
  title: string;
  detail: string;
}

export type AlertTexts = Record<Lang, (alert: Alert, ctx: TextContext) => AlertWords>;

/** Reads evidence values the rule itself wrote; a missing value shows as "?" rather than throwing. */
export const num = (alert: Alert, key: string): number => {
  const v = alert.evidence[key];
  return typeof v === 'number' ? v : NaN;
};
export const str = (alert: Alert, key: string): string => {
  const v = alert.evidence[key];
  return typeof v === 'string' ? v : '?';
};

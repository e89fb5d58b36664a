// How an alert is put into words. Each rule has its texts.ts with both languages; the engine stays
// free of wording, and the popup receives finished strings from the background. The context brings
// the formats and the dictionary's words (statuses), so a rule's words need no dictionary import.
import type { Lang } from '../i18n/lang';
import type { Status } from '../model/types';
import type { RuleAlert } from './shapes';

export interface TextContext {
  lang: Lang;
  /** "京东 白条", or the account id when the account is unknown; undefined for whole-picture alerts. */
  accountName?: string;
  amount(yuan: number): string;
  /** A share or rate fraction as a percent (0.3 → "30%"). */
  percent(fraction: number): string;
  /** An ISO instant as a calendar date in the person's time zone. */
  date(iso: string): string;
  /** A rate fraction with up to four decimals of a percent (a daily 0.035% must not read as 0.04%). */
  rate(fraction: number): string;
  /** An account status as the popup names it (the dictionary's `status.*`). */
  status(status: Status): string;
}

export interface AlertWords {
  title: string;
  detail: string;
}

export type AlertTexts = Record<Lang, (alert: RuleAlert, ctx: TextContext) => AlertWords>;

/** Reads evidence values the rule itself wrote; a missing value shows as "?" rather than throwing. */
export const num = (alert: RuleAlert, key: string): number => {
  const v = alert.evidence[key];
  return typeof v === 'number' ? v : NaN;
};
export const str = (alert: RuleAlert, key: string): string => {
  const v = alert.evidence[key];
  return typeof v === 'string' ? v : '?';
};

// Puts alerts into words for a person: title, detail with the evidence, and advice, in one language.
// Used by the background (stored with the alert, both languages) and by `assess`.
import type { Lang } from '../i18n/lang';
import { localeOf } from '../i18n/lang';
import { formatAmount, formatRate, SOURCE_TIME_ZONE } from '../format';
import { t } from '../i18n';
import type { Account } from '../model/types';
import { adviceFor, alertTexts } from './texts-index';
import type { TextContext } from './texts-types';
import type { Alert, Evidence, RuleId, Severity } from './types';

export interface AlertReport {
  rule: RuleId;
  severity: Severity;
  accountId?: string;
  at: string;
  title: string;
  detail: string;
  evidence: Evidence;
  advice: string[];
}

export interface DescribeOptions {
  /**
   * IANA zone for dates; China time when omitted. Most dates in an alert are a source's dates (an
   * inquiry's 查询日期, a bill row), which are China calendar dates whatever the browser's zone.
   */
  timeZone?: string;
}

export const accountName = (account: Pick<Account, 'lender' | 'product'> | undefined, fallback: string): string =>
  account ? [account.lender, account.product].filter(Boolean).join(' ') : fallback;

export function textContext(lang: Lang, name: string | undefined, { timeZone = SOURCE_TIME_ZONE }: DescribeOptions = {}): TextContext {
  const percent = new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone });
  return {
    lang,
    accountName: name,
    amount: (yuan) => (Number.isFinite(yuan) ? formatAmount(lang, yuan) : '?'),
    percent: (f) => (Number.isFinite(f) ? percent.format(f) : '?'),
    date: (iso) => {
      const d = new Date(iso);
      return Number.isFinite(d.getTime()) ? date.format(d) : '?';
    },
    rate: (f) => (Number.isFinite(f) ? formatRate(lang, f) : '?'),
    status: (s) => t(lang, `status.${s}`),
  };
}

export function describeAlert(
  alert: Alert,
  lang: Lang,
  accounts: ReadonlyMap<string, Pick<Account, 'lender' | 'product'>>,
  options: DescribeOptions = {},
): AlertReport {
  const name = alert.accountId === undefined ? undefined : accountName(accounts.get(alert.accountId), alert.accountId);
  const words = alertTexts(alert.rule)[lang](alert, textContext(lang, name, options));
  // Key order is the cli.md order, so `assess` output reads as documented.
  return {
    rule: alert.rule,
    severity: alert.severity,
    ...(alert.accountId !== undefined ? { accountId: alert.accountId } : {}),
    at: alert.at,
    title: words.title.trim(),
    detail: words.detail,
    evidence: alert.evidence,
    advice: adviceFor(alert.rule, lang),
  };
}

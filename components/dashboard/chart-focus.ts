// An alert shown on its account's chart: which account, the instant to mark (the alert's latest
// step: for a limit cut twice, the second fall), and what the mark says. `seq` changes on every
// request, so asking again for the same alert scrolls to the chart again.
import type { AlertRecord } from '../../utils/model/alert-record';
import { changeTime } from '../../utils/rules/grouping';
import type { Lang } from '../../utils/i18n';

export interface ChartFocus {
  accountId: string;
  /** The marked instant, ms. */
  at: number;
  title: string;
  seq: number;
  /** Scroll the chart into view (not when the page opened at a notification's alert: that line is shown first). */
  scroll: boolean;
}

let seq = 0;

/** The focus for one alert, or undefined when it has no account or no readable time. */
export function focusOn(alert: AlertRecord, lang: Lang, scroll = true): ChartFocus | undefined {
  const at = changeTime(alert);
  if (alert.accountId === undefined || Number.isNaN(at)) return undefined;
  return { accountId: alert.accountId, at, title: alert.text[lang].title, seq: ++seq, scroll };
}

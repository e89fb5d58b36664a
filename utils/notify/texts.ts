// The words of a notification. They can show on a lock screen: no amounts, ever. An alert's title
// carries no figure by design ("京东 白条 额度下降"); a title that looks like it holds one anyway (an
// account named after a number by a hostile page) is replaced by a generic title.
import { t, type Lang } from '../i18n';
import type { AlertRecord } from '../model/alert-record';
import { alertNotificationId, digestNotificationId, reminderNotificationId, remindersNotificationId, urgentNotificationId } from './target';

export interface Notice {
  id: string;
  title: string;
  message: string;
}

/** Currency signs, 元, or a run of four or more digits (with separators): an amount, maybe. */
const AMOUNT = /[¥￥$€£元]|\d[\d,，.\s]{2,}\d/;

export const mayShowAmount = (text: string): boolean => AMOUNT.test(text);

function safeTitle(lang: Lang, alert: AlertRecord, fallback: string): string {
  const title = alert.text[lang].title.trim();
  return title && !mayShowAmount(title) ? title : fallback;
}

/** A critical alert, at once. */
export function alertNotice(lang: Lang, alert: AlertRecord): Notice {
  return {
    id: alertNotificationId(alert.id),
    title: safeTitle(lang, alert, t(lang, 'notify.alert.fallbackTitle')),
    message: t(lang, 'notify.alert.body'),
  };
}

const LIST_LINES = 3;

/** The first few titles, then how many more (or "click to see"). */
function listLines(lang: Lang, alerts: readonly AlertRecord[]): string {
  const n = alerts.length;
  const lines = alerts.slice(0, LIST_LINES).map((a) => `· ${safeTitle(lang, a, t(lang, 'notify.digest.fallbackLine'))}`);
  lines.push(n > LIST_LINES ? t(lang, 'notify.digest.more', { n: n - LIST_LINES }) : t(lang, 'notify.digest.open'));
  return lines.join('\n');
}

/** The day's warnings in one notification: how many, and the first few titles. */
export function digestNotice(lang: Lang, day: string, warnings: readonly AlertRecord[]): Notice {
  const n = warnings.length;
  return {
    id: digestNotificationId(day),
    title: n === 1 ? t(lang, 'notify.digest.titleOne') : t(lang, 'notify.digest.title', { n }),
    message: listLines(lang, warnings),
  };
}

/** Several critical alerts raised together (one cut often raises two or three): one notification. */
export function urgentNotice(lang: Lang, at: number, critical: readonly AlertRecord[]): Notice {
  return {
    id: urgentNotificationId(at),
    title: t(lang, 'notify.urgent.title', { n: critical.length }),
    message: listLines(lang, critical),
  };
}

/** Several stale accounts at once: how many, the first few titles; it opens the popup's list. */
export function remindersNotice(lang: Lang, day: string, stale: readonly AlertRecord[]): Notice {
  return {
    id: remindersNotificationId(day),
    title: t(lang, 'notify.reminders.title', { n: stale.length }),
    message: listLines(lang, stale),
  };
}

/** A stale account: its alert's title ("… 已 20 天没有记录"), and what to do. */
export function reminderNotice(lang: Lang, alert: AlertRecord & { accountId: string }): Notice {
  return {
    id: reminderNotificationId(alert.accountId),
    title: safeTitle(lang, alert, t(lang, 'notify.reminder.fallbackTitle')),
    message: t(lang, 'notify.reminder.body'),
  };
}

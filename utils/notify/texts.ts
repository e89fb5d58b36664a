// The words of a notification. They can show on a lock screen: no amounts, ever. An alert's title
// carries no figure by design ("京东 白条 额度下降"); a title that looks like it holds one anyway (an
// account named after a number by a hostile page) is replaced by a generic title.
import { t, type Lang } from '../i18n';
import type { AlertRecord } from '../model/alert-record';
import { alertNotificationId, digestNotificationId } from './target';

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

const DIGEST_LINES = 3;

/** The day's warnings in one notification: how many, and the first few titles. */
export function digestNotice(lang: Lang, day: string, warnings: readonly AlertRecord[]): Notice {
  const n = warnings.length;
  const lines = warnings.slice(0, DIGEST_LINES).map((a) => `· ${safeTitle(lang, a, t(lang, 'notify.digest.fallbackLine'))}`);
  lines.push(n > DIGEST_LINES ? t(lang, 'notify.digest.more', { n: n - DIGEST_LINES }) : t(lang, 'notify.digest.open'));
  return {
    id: digestNotificationId(day),
    title: n === 1 ? t(lang, 'notify.digest.titleOne') : t(lang, 'notify.digest.title', { n }),
    message: lines.join('\n'),
  };
}

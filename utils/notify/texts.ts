// The words of a notification. They can show on a lock screen: no amounts, ever. An alert's title
// carries no figure by design ("京东 白条 额度下降"); a title that looks like it holds one anyway (an
// account named after a number by a hostile page) is replaced by a generic title. Names come from
// outside (pages, files): each is isolated (FSI…PDI, utils/bidi.ts), so a U+202E inside one cannot
// reverse the words after it.
import { isolateNamesIn } from '../bidi';
import { t, type Lang } from '../i18n';
import type { AlertRecord } from '../model/alert-record';
import type { Account } from '../model/types';
import { alertNotificationId, digestNotificationId, reminderNotificationId, remindersNotificationId, urgentNotificationId } from './target';

/**
 * One line a notification names: an alert, and the other alerts of the same change folded beneath
 * it (utils/rules/grouping.ts), named by their rules ("同时：额度清零 · 账户状态变差").
 */
export interface NamedLine {
  alert: AlertRecord;
  also: readonly AlertRecord[];
}

/** The names an account's alerts may hold (lender, product, both, its id when it has no name). */
export type NoticeNames = (accountId: string) => readonly string[];

const NO_NAMES: NoticeNames = () => [];

/** The lookup for the accounts as stored: the names the alerts' words were built from (rules/describe.ts). */
export function accountNames(accounts: readonly Pick<Account, 'id' | 'lender' | 'product'>[]): NoticeNames {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return (id) => {
    const a = byId.get(id);
    return a ? [a.lender, a.product ?? '', [a.lender, a.product].filter(Boolean).join(' '), id] : [id];
  };
}

type LineLike = NamedLine | AlertRecord;
const lineOf = (x: LineLike): NamedLine => ('also' in x ? x : { alert: x, also: [] });

/** "同时：额度清零 · 账户状态变差", or nothing when the line has one alert. Rule names only: no figures. */
function alsoText(lang: Lang, also: readonly AlertRecord[]): string {
  const names = [...new Set(also.map((a) => t(lang, `rule.${a.rule}`)))];
  return names.length ? t(lang, 'notify.also', { rules: names.join(' · ') }) : '';
}

export interface Notice {
  id: string;
  title: string;
  message: string;
}

/** Currency signs, 元, or a run of four or more digits (with separators): an amount, maybe. */
const AMOUNT = /[¥￥$€£元]|\d[\d,，.\s]{2,}\d/;

export const mayShowAmount = (text: string): boolean => AMOUNT.test(text);

function safeTitle(lang: Lang, alert: AlertRecord, fallback: string, names: NoticeNames): string {
  const title = alert.text[lang].title.trim();
  if (!title || mayShowAmount(title)) return fallback;
  return alert.accountId === undefined ? title : isolateNamesIn(title, names(alert.accountId));
}

/** A critical line, at once: titled by its alert, the change's other alerts named in the body. */
export function alertNotice(lang: Lang, line: LineLike, names: NoticeNames = NO_NAMES): Notice {
  const { alert, also } = lineOf(line);
  const more = alsoText(lang, also);
  return {
    id: alertNotificationId(alert.id),
    title: safeTitle(lang, alert, t(lang, 'notify.alert.fallbackTitle'), names),
    message: more ? `${more}\n${t(lang, 'notify.alert.body')}` : t(lang, 'notify.alert.body'),
  };
}

const LIST_LINES = 3;

/** The first few titles (each with what its change also raised), then how many more (or "click to see"). */
function listLines(lang: Lang, items: readonly LineLike[], names: NoticeNames): string {
  const n = items.length;
  const lines = items.slice(0, LIST_LINES).map((x) => {
    const { alert, also } = lineOf(x);
    const more = alsoText(lang, also);
    return `· ${safeTitle(lang, alert, t(lang, 'notify.digest.fallbackLine'), names)}${more ? (lang === 'zh' ? `（${more}）` : ` (${more})`) : ''}`;
  });
  lines.push(n > LIST_LINES ? t(lang, 'notify.digest.more', { n: n - LIST_LINES }) : t(lang, 'notify.digest.open'));
  return lines.join('\n');
}

/** The day's warning lines in one notification: how many, and the first few titles. */
export function digestNotice(lang: Lang, day: string, warnings: readonly LineLike[], names: NoticeNames = NO_NAMES): Notice {
  const n = warnings.length;
  return {
    id: digestNotificationId(day),
    title: n === 1 ? t(lang, 'notify.digest.titleOne') : t(lang, 'notify.digest.title', { n }),
    message: listLines(lang, warnings, names),
  };
}

/** Several critical lines raised together (two accounts cut the same day): one notification. */
export function urgentNotice(lang: Lang, at: number, critical: readonly LineLike[], names: NoticeNames = NO_NAMES): Notice {
  return {
    id: urgentNotificationId(at),
    title: t(lang, 'notify.urgent.title', { n: critical.length }),
    message: listLines(lang, critical, names),
  };
}

/** Several stale accounts at once: how many, the first few titles; it opens the popup's list. */
export function remindersNotice(lang: Lang, day: string, stale: readonly LineLike[], names: NoticeNames = NO_NAMES): Notice {
  return {
    id: remindersNotificationId(day),
    title: t(lang, 'notify.reminders.title', { n: stale.length }),
    message: listLines(lang, stale, names),
  };
}

/**
 * A stale account: its alert's title ("… 已 20 天没有记录"), and what to do; a click opens its lender
 * page. The credit-report reminder (no account): pull a new report; a click opens the alert.
 */
export function reminderNotice(lang: Lang, alert: AlertRecord, names: NoticeNames = NO_NAMES): Notice {
  if (alert.accountId === undefined) {
    return {
      id: alertNotificationId(alert.id),
      title: safeTitle(lang, alert, t(lang, 'notify.reminder.fallbackTitle'), names),
      message: t(lang, 'notify.reportReminder.body'),
    };
  }
  return {
    id: reminderNotificationId(alert.accountId),
    title: safeTitle(lang, alert, t(lang, 'notify.reminder.fallbackTitle'), names),
    message: t(lang, 'notify.reminder.body'),
  };
}

// Decides, from the stored alerts, the settings, the stored delivery state and `now`, what to show
// now and when to look again. Pure: every timing rule is a unit test.
//   - one notification per line (one change of one account, utils/rules/grouping.ts): a cut that
//     raised 额度下降, 额度归零 and 状态受限 is one notification, not three;
//   - a line with a critical alert owed notifies at once (several lines at once as one
//     notification); lines with only warnings owed wait for the daily digest; info never notifies;
//   - stale-account reminders go with the digest, at most once a week per account (reminders.ts);
//   - an alert notifies again only when it got worse than what was notified (dedupe.ts);
//   - quiet hours hold everything and wake up when they end.
import type { Lang } from '../i18n/lang';
import type { AlertRecord } from '../model/alert-record';
import { groupAlerts, type AlertGroup } from '../rules/grouping';
import { localDay } from './clock';
import { isOwed, pruneRecords, withNotified, type NotifiedRecords } from './dedupe';
import type { DeliverySettings } from './delivery-settings';
import { digestDue, nextDigestAt } from './digest';
import { isQuiet, quietEnd } from './quiet-hours';
import { dueReminders, pruneReminded, withReminded, type RemindedAt } from './reminders';
import type { DeliveryState } from './state';
import {
  alertNotice,
  digestNotice,
  reminderNotice,
  remindersNotice,
  urgentNotice,
  type NamedLine,
  type Notice,
  type NoticeNames,
} from './texts';

export interface PlanInput {
  alerts: readonly AlertRecord[];
  settings: DeliverySettings;
  state: DeliveryState;
  now: Date;
  lang: Lang;
  /** The names each account's alerts may hold, isolated in the notifications' words (texts.ts). */
  names?: NoticeNames;
}

export interface DeliveryPlan {
  notices: Notice[];
  state: DeliveryState;
  /** When to run again (the next digest hour, or the end of quiet hours if something waits). */
  wakeAt: number;
}

const stateOf = (notified: NotifiedRecords, lastDigestAt: number | undefined, reminded: RemindedAt): DeliveryState => ({
  notified,
  lastDigestAt,
  ...(Object.keys(reminded).length > 0 && { reminded }),
});

interface OwedLine {
  group: AlertGroup<AlertRecord>;
  /** The line's alerts owed a notification, most severe first. */
  owed: AlertRecord[];
}

/** What names a line in a notification: its most severe owed alert, with the line's other alerts folded beneath. */
const named = (l: OwedLine): NamedLine => ({ alert: l.owed[0]!, also: l.group.alerts.filter((a) => a !== l.owed[0]) });

export function planDelivery({ alerts, settings, state, now, lang, names }: PlanInput): DeliveryPlan {
  const notified = pruneRecords(state.notified, new Set(alerts.map((a) => a.id)));
  const reminded = pruneReminded(state.reminded ?? {}, alerts);
  const owes = (a: AlertRecord) => a.severity !== 'info' && settings.notify[a.severity] && isOwed(a, notified);
  // Lines with something owed; the alert a notification names is the line's most severe owed one.
  const lines = groupAlerts(alerts)
    .map((g) => ({ group: g, owed: g.alerts.filter(owes) }))
    .filter((l) => l.owed.length > 0);
  const critical = lines.filter((l) => l.owed.some((a) => a.severity === 'critical'));
  const warnings = lines.filter((l) => !critical.includes(l));
  const reminders = settings.reminders ? dueReminders(alerts, reminded, now) : [];
  const due = digestDue(now, settings.digestHour, state.lastDigestAt);
  const nextDigest = nextDigestAt(now, settings.digestHour);

  if (isQuiet(now, settings.quietHours)) {
    const waiting = critical.length > 0 || (due && (warnings.length > 0 || reminders.length > 0));
    const wakeAt = waiting ? Math.min(quietEnd(now, settings.quietHours).getTime(), nextDigest) : nextDigest;
    return { notices: [], state: stateOf(notified, state.lastDigestAt, reminded), wakeAt };
  }

  // Several lines raised together (two accounts cut the same day): one notification, not a stack.
  const notices =
    critical.length > 1
      ? [urgentNotice(lang, now.getTime(), critical.map(named), names)]
      : critical.map((l) => alertNotice(lang, named(l), names));
  const sent: AlertRecord[] = critical.flatMap((l) => l.owed);
  let lastDigestAt = state.lastDigestAt;
  let remindedNext = reminded;
  if (due) {
    if (warnings.length) {
      notices.push(digestNotice(lang, localDay(now), warnings.map(named), names));
      sent.push(...warnings.flatMap((l) => l.owed));
    }
    // One reminder a day at most: the account's own (it opens its lender page), or one list (a
    // credit report alone brings several accounts that all go stale together).
    if (reminders.length === 1) notices.push(reminderNotice(lang, reminders[0]!, names));
    if (reminders.length > 1) notices.push(remindersNotice(lang, localDay(now), reminders, names));
    remindedNext = withReminded(reminded, reminders, now);
    lastDigestAt = now.getTime();
  }
  return { notices, state: stateOf(withNotified(notified, sent), lastDigestAt, remindedNext), wakeAt: nextDigest };
}

// Decides, from the stored alerts, the settings, the stored delivery state and `now`, what to show
// now and when to look again. Pure: every timing rule is a unit test.
//   - critical alerts notify at once; warnings wait for the daily digest; info never notifies;
//   - an alert notifies again only when it got worse than what was notified (dedupe.ts);
//   - quiet hours hold everything and wake up when they end.
import type { Lang } from '../i18n';
import type { AlertRecord } from '../model/alert-record';
import { localDay } from './clock';
import { isOwed, pruneRecords, withNotified } from './dedupe';
import type { DeliverySettings } from './delivery-settings';
import { digestDue, nextDigestAt } from './digest';
import { isQuiet, quietEnd } from './quiet-hours';
import type { DeliveryState } from './state';
import { alertNotice, digestNotice, type Notice } from './texts';

export interface PlanInput {
  alerts: readonly AlertRecord[];
  settings: DeliverySettings;
  state: DeliveryState;
  now: Date;
  lang: Lang;
}

export interface DeliveryPlan {
  notices: Notice[];
  state: DeliveryState;
  /** When to run again (the next digest hour, or the end of quiet hours if something waits). */
  wakeAt: number;
}

export function planDelivery({ alerts, settings, state, now, lang }: PlanInput): DeliveryPlan {
  const notified = pruneRecords(state.notified, new Set(alerts.map((a) => a.id)));
  const owed = alerts.filter((a) => a.severity !== 'info' && settings.notify[a.severity] && isOwed(a, notified));
  const critical = owed.filter((a) => a.severity === 'critical');
  const warnings = owed.filter((a) => a.severity === 'warning');
  const due = digestDue(now, settings.digestHour, state.lastDigestAt);
  const nextDigest = nextDigestAt(now, settings.digestHour);

  if (isQuiet(now, settings.quietHours)) {
    const waiting = critical.length > 0 || (due && warnings.length > 0);
    const wakeAt = waiting ? Math.min(quietEnd(now, settings.quietHours).getTime(), nextDigest) : nextDigest;
    return { notices: [], state: { notified, lastDigestAt: state.lastDigestAt }, wakeAt };
  }

  const notices = critical.map((a) => alertNotice(lang, a));
  const sent: AlertRecord[] = [...critical];
  let lastDigestAt = state.lastDigestAt;
  if (due) {
    if (warnings.length) {
      notices.push(digestNotice(lang, localDay(now), warnings));
      sent.push(...warnings);
    }
    lastDigestAt = now.getTime();
  }
  return { notices, state: { notified: withNotified(notified, sent), lastDigestAt }, wakeAt: nextDigest };
}

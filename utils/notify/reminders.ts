// Stale-account reminders (the `stale-account` rule, issue 4): "open this lender's page, so the
// history stays current". They are not alert notifications (info alerts never notify): they are a
// separate, switchable nudge, sent with the daily digest, at most once a week per account. The
// memory is per account id: when it was last reminded, in ms since epoch. Accounts known only from
// credit reports have one reminder between them ("your latest credit report is N days old", no
// account): it is remembered under its alert id, which no account id can equal (`stale-account|`).
import type { AlertRecord } from '../model/alert-record';

export const REMINDER_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;

export type RemindedAt = Record<string, number>;

type Reminder = AlertRecord;

const isReminder = (a: AlertRecord): boolean => a.rule === 'stale-account' && a.state !== 'dismissed';

/** What the memory is keyed by: the account, or the report reminder's own id. */
export const reminderKey = (a: Pick<AlertRecord, 'id' | 'accountId'>): string => a.accountId ?? a.id;

/** The stale accounts owed a reminder now: not dismissed, and not reminded in the last week. */
export function dueReminders(alerts: readonly AlertRecord[], reminded: RemindedAt, now: Date): Reminder[] {
  return alerts.filter(isReminder).filter((a) => {
    const key = reminderKey(a);
    const last = Object.hasOwn(reminded, key) ? reminded[key]! : undefined;
    return last === undefined || now.getTime() - last >= REMINDER_INTERVAL_MS || last > now.getTime();
  });
}

export function withReminded(reminded: RemindedAt, sent: readonly Reminder[], now: Date): RemindedAt {
  const next = { ...reminded };
  for (const a of sent) next[reminderKey(a)] = now.getTime();
  return next;
}

/** Only accounts that are still stale: one looked at again starts afresh when it goes stale again. */
export function pruneReminded(reminded: RemindedAt, alerts: readonly AlertRecord[]): RemindedAt {
  const stale = new Set(alerts.filter(isReminder).map(reminderKey));
  return Object.fromEntries(Object.entries(reminded).filter(([id]) => stale.has(id)));
}

export function checkReminded(raw: unknown): RemindedAt {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).filter(([, v]) => typeof v === 'number' && Number.isFinite(v)),
  ) as RemindedAt;
}

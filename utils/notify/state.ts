// What the notifier remembers between runs (in storage.local, so it survives a service-worker
// restart): the dedupe records, when the last digest was handled and when each stale account was
// last reminded. Nothing else is needed: what is still owed follows from the stored alerts and these
// records, so a notification held by quiet hours is never lost, and one the person already saw in
// the popup is not sent late.
import { checkRecords, type NotifiedRecords } from './dedupe';
import { checkReminded, type RemindedAt } from './reminders';

export interface DeliveryState {
  notified: NotifiedRecords;
  /** When the last digest was handled (sent, or due with nothing to say), ms since epoch. */
  lastDigestAt?: number;
  /** Stale-account reminders: per account id, when it was last reminded (reminders.ts). */
  reminded?: RemindedAt;
}

export const EMPTY_DELIVERY_STATE: DeliveryState = { notified: {} };

export function checkDeliveryState(raw: unknown): DeliveryState {
  if (typeof raw !== 'object' || raw === null) return EMPTY_DELIVERY_STATE;
  const r = raw as Partial<Record<keyof DeliveryState, unknown>>;
  const state: DeliveryState = { notified: checkRecords(r.notified) };
  if (typeof r.lastDigestAt === 'number' && Number.isFinite(r.lastDigestAt)) state.lastDigestAt = r.lastDigestAt;
  const reminded = checkReminded(r.reminded);
  if (Object.keys(reminded).length) state.reminded = reminded;
  return state;
}

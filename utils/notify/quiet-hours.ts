// Quiet hours in the person's local time. They delay notifications, never drop them: while they
// last the planner holds everything and wakes up when they end.
import { clockMinutes, minutesOfDay, nextLocalTime } from './clock';
import type { QuietHours } from './delivery-settings';

/** Whether `now` falls in [start, end), which may wrap past midnight. Start = end means none. */
export function isQuiet(now: Date, quiet: QuietHours): boolean {
  if (!quiet.enabled) return false;
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  if (start === end) return false;
  const m = minutesOfDay(now);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** The first moment after `now` at which quiet hours end. */
export function quietEnd(now: Date, quiet: QuietHours): Date {
  return nextLocalTime(now, clockMinutes(quiet.end));
}

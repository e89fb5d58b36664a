// The two alarms. The periodic check is created only if missing or if its interval changed:
// recreating an alarm restarts its countdown, so a worker that restarts every few minutes would
// otherwise never reach the end of a 6-hour period. The wake-up is one-shot (next digest hour, or
// the end of quiet hours), moved only when the planner wants another time.
export const CHECK_ALARM = 'check';
export const WAKE_ALARM = 'notify-wake';

export interface AlarmsLike {
  // Firefox reports a one-shot alarm's period as null, Chrome leaves it out.
  get(name: string): Promise<{ scheduledTime: number; periodInMinutes?: number | null } | undefined>;
  create(name: string, info: { when: number } | { delayInMinutes: number; periodInMinutes: number }): Promise<void> | void;
}

/** Returns whether the alarm was (re)created. */
export async function ensureCheckAlarm(alarms: AlarmsLike, intervalHours: number): Promise<boolean> {
  const periodInMinutes = intervalHours * 60;
  const existing = await alarms.get(CHECK_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) return false;
  await alarms.create(CHECK_ALARM, { delayInMinutes: periodInMinutes, periodInMinutes });
  return true;
}

export async function setWakeAlarm(alarms: AlarmsLike, when: number): Promise<void> {
  const existing = await alarms.get(WAKE_ALARM);
  if (existing?.scheduledTime === when && existing.periodInMinutes == null) return;
  await alarms.create(WAKE_ALARM, { when });
}

// Hard checks in the last 1, 3 and 6 months, counted exactly as frequent-applications counts them
// (its hardChecks and applicationCounts), over the rule's own windows; the 6-month count is context.
import { applicationCounts, hardChecks } from '../rules/frequent-applications/rule';
import { countIn } from '../rules/time-windows';
import type { RuleSettings } from '../rules/thresholds';
import { DAY_MS, type HistoryView } from '../rules/types';
import { leaveTimes } from '../rules/window-projection';
import { countLevel } from './level';
import { projection } from './projection';
import type { Factor } from './types';

export const SIX_MONTHS_DAYS = 180;

export function inquiryFactors(history: HistoryView, settings: RuleSettings): Factor[] {
  const s = settings['frequent-applications'];
  const now = history.now;
  const times = hardChecks(history.events).map((e) => e.t);
  const counts = (t: number) => applicationCounts(times, t, s);
  const { inWindow, inCriticalWindow, byWindow, byLongWindow } = counts(now);
  const shortMs = s.windowDays * DAY_MS;
  const longMs = s.criticalWindowDays * DAY_MS;
  const sixMs = SIX_MONTHS_DAYS * DAY_MS;
  const shortThreshold = s.count;
  const longThreshold = Math.min(s.longCount, s.criticalCount);
  const six = countIn(times, now, sixMs);
  const maybe = <T extends object>(p: T | undefined) => (p ? { projection: p } : {});
  return [
    {
      id: 'inquiries-1m',
      rule: 'frequent-applications',
      value: inWindow,
      unit: 'count',
      windowDays: s.windowDays,
      threshold: shortThreshold,
      level: countLevel(inWindow, shortThreshold, byWindow),
      fires: byWindow,
      ...maybe(
        projection(
          leaveTimes(times, now, shortMs),
          now,
          (t) => counts(t).inWindow,
          (t) => counts(t).byWindow,
        ),
      ),
    },
    {
      id: 'inquiries-3m',
      rule: 'frequent-applications',
      value: inCriticalWindow,
      unit: 'count',
      windowDays: s.criticalWindowDays,
      threshold: longThreshold,
      level: countLevel(inCriticalWindow, longThreshold, byLongWindow),
      fires: byLongWindow,
      ...maybe(
        projection(
          leaveTimes(times, now, longMs),
          now,
          (t) => counts(t).inCriticalWindow,
          (t) => counts(t).byLongWindow,
        ),
      ),
    },
    {
      id: 'inquiries-6m',
      rule: 'frequent-applications',
      value: six,
      unit: 'count',
      windowDays: SIX_MONTHS_DAYS,
      fires: false,
      ...maybe(
        projection(
          leaveTimes(times, now, sixMs),
          now,
          (t) => countIn(times, t, sixMs),
          () => false,
        ),
      ),
    },
  ];
}

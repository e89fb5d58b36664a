// The points of an account's limit history that a sparkline needs: the value in force when the
// window opened, every change inside it, and the last time the latest value was seen. Unchanged
// observations add nothing, so a daily history of a stable limit is two points.
import type { LimitSeries } from '../model/alert-record';
import type { AccountTimeline } from './types';
import { DAY_MS } from './types';

export function limitSeries(timeline: AccountTimeline, now: number, days = 180, maxPoints = 60): LimitSeries | undefined {
  const metric = timeline.observations.some((o) => o.totalLimit !== undefined) ? 'totalLimit' : 'availableLimit';
  const from = now - days * DAY_MS;
  const points: { t: number; value: number }[] = [];
  let lastSeen = -Infinity;
  for (const o of timeline.observations) {
    const value = o[metric];
    if (value === undefined) continue;
    const t = Math.max(o.t, from);
    const prev = points[points.length - 1];
    if (o.t <= from) {
      // Before the window only the value in force at its opening matters.
      points.length = 0;
      points.push({ t, value });
    } else if (!prev || prev.value !== value) {
      // The old value held until just before this change: draw the step, not a slope.
      if (prev && lastSeen > prev.t && lastSeen < o.t) points.push({ t: lastSeen, value: prev.value });
      points.push({ t, value });
    }
    lastSeen = Math.max(lastSeen, o.seen);
  }
  const last = points[points.length - 1];
  if (!last) return undefined;
  if (lastSeen > last.t) points.push({ t: lastSeen, value: last.value });
  const kept = points.length > maxPoints ? points.slice(points.length - maxPoints) : points;
  return { metric, points: kept.map((p) => ({ at: new Date(p.t).toISOString(), value: p.value })) };
}

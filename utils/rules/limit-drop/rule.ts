// limit-drop: the total limit fell ≥ 5 % against its previous known value, the fall seen in the
// last 90 days. Only `totalLimit` counts: a lower *available* amount is what borrowing looks like.
// Critical when the limit is ≥ 30 % under its highest value in the window, or fell twice or more.
// Misreadings (heuristics.md) are left out first: a lone reading is neither a fall nor a baseline,
// and a view showing more available than its limit shows no fall (one of its figures was misread).
import { loneReadings, selfContradictory } from '../misreadings';
import type { RuleAlert, RuleCode, TimedObservation } from '../shapes';
import { DAY_MS } from '../shapes';
import type { limitDropMeta } from './meta';

type Alert = RuleAlert<'limit-drop'>;

export const limitDrop: RuleCode<typeof limitDropMeta> = {
  id: 'limit-drop',
  evaluate(history, settings) {
    const s = settings['limit-drop'];
    const from = history.now - s.windowDays * DAY_MS;
    const alerts: Alert[] = [];
    for (const { account, observations } of history.accounts) {
      let previous: number | undefined; // the last known totalLimit before the current observation
      let highest = 0; // highest limit in force during the window (the one in force at its start counts)
      const falls: { at: string; from: number; to: number }[] = [];
      let latest: number | undefined;
      const views: TimedObservation[] = [];
      for (const o of observations) if (o.totalLimit !== undefined && !selfContradictory(o)) views.push(o);
      const lone = loneReadings(views.map((o) => o.totalLimit!));
      for (let i = 0; i < views.length; i++) {
        if (lone[i]) continue;
        const o = views[i]!;
        const total = o.totalLimit!;
        const inWindow = o.t > from;
        if (inWindow) {
          if (previous !== undefined) highest = Math.max(highest, previous);
          highest = Math.max(highest, total);
          if (previous !== undefined && previous > 0 && (previous - total) / previous >= s.minDrop) {
            falls.push({ at: o.at, from: previous, to: total });
          }
        }
        previous = total;
        latest = total;
      }
      if (!falls.length || latest === undefined || highest <= 0) continue;
      // Fully back at the window's high: the cut was undone, nothing to warn about.
      if (latest >= highest) continue;
      const fromHighest = (highest - latest) / highest;
      const critical = fromHighest >= s.criticalFromHighest || falls.length >= s.criticalDrops;
      const last = falls[falls.length - 1]!;
      alerts.push({
        rule: 'limit-drop',
        severity: critical ? 'critical' : 'warning',
        accountId: account.id,
        at: falls[0]!.at,
        evidence: {
          previousLimit: last.from,
          latestLimit: latest,
          lastFallAt: last.at,
          highestLimit: highest,
          fallFromHighest: round4(fromHighest),
          falls: falls.length,
          fallDates: falls.map((f) => f.at),
          threshold: s.minDrop,
          criticalFromHighest: s.criticalFromHighest,
          windowDays: s.windowDays,
        },
        grade: falls.length * 1000 + Math.round(fromHighest * 1000),
      });
    }
    return alerts;
  },
};

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

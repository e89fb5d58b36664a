// rate-increase: the latest rate (`apr`, else `dailyRate × 365`) is ≥ 10 % (relative) above the
// lowest rate of the same account in the last 180 days, so rises in small steps add up. Lone
// readings (Misreadings, heuristics.md) are ignored. Warning.
//
// Where heuristics.md is silent:
// - Rates within a relative 1e-9 are the same rate (`sameRate`, utils/rules/rates.ts, where the
//   annual rate of a view is read).
// - "In the last 180 days" means the rate was seen (lastSeenAt, else at) in the window: it was
//   still the price then, however long before it was first shown.
// - A rate of 0 (an interest-free offer) is no base for a relative rise: the end of a promotion is
//   not a repricing of the line.
// - `at` is the first view of the current run of views at least 10 % above that lowest rate.
import { loneReadings } from '../misreadings';
import { annualRate, sameRate, shownDailyRate } from '../rates';
import type { RuleAlert, RuleCode, TimedObservation } from '../shapes';
import { DAY_MS } from '../shapes';
import type { rateIncreaseMeta } from './meta';

type Alert = RuleAlert<'rate-increase'>;

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export const rateIncrease: RuleCode<typeof rateIncreaseMeta> = {
  id: 'rate-increase',
  evaluate(history, settings) {
    const s = settings['rate-increase'];
    const from = history.now - s.windowDays * DAY_MS;
    const alerts: Alert[] = [];
    for (const { account, observations } of history.accounts) {
      const rated: TimedObservation[] = [];
      const rates: number[] = [];
      for (const o of observations) {
        const rate = annualRate(o);
        if (rate === undefined) continue;
        rated.push(o);
        rates.push(rate);
      }
      if (rated.length < 2) continue;
      const lone = loneReadings(rates, sameRate);
      let last = rated.length - 1;
      while (last >= 0 && lone[last]) last--;
      if (last < 1) continue;
      const latest = rated[last]!;
      const latestRate = rates[last]!;
      let previous: TimedObservation | undefined; // the lowest rate seen in the window
      let previousRate = Infinity;
      for (let i = 0; i < last; i++) {
        const o = rated[i]!;
        if (lone[i] || !(o.seen > from) || !(rates[i]! > 0)) continue;
        if (rates[i]! <= previousRate) {
          previous = o;
          previousRate = rates[i]!;
        }
      }
      if (!previous) continue;
      const rise = latestRate / previousRate - 1;
      // A hair of tolerance so a rise of exactly the threshold is not lost to floating point.
      if (rise < s.minRise - 1e-9) continue;
      const floor = previousRate * (1 + s.minRise) * (1 - 1e-9);
      let start = latest;
      for (let i = last - 1; i >= 0 && rated[i]!.t > previous.t; i--) {
        if (lone[i]) continue;
        if (rates[i]! < floor) break;
        start = rated[i]!;
      }
      alerts.push({
        rule: 'rate-increase',
        severity: 'warning',
        accountId: account.id,
        at: start.at,
        evidence: {
          previousRate: round6(previousRate),
          previousDailyRate: shownDailyRate(previous),
          previousSeenAt: new Date(previous.seen).toISOString(),
          latestRate: round6(latestRate),
          latestDailyRate: shownDailyRate(latest),
          changedAt: start.at,
          rise: round4(rise),
          threshold: s.minRise,
          windowDays: s.windowDays,
        },
        // Steps of 5 points of relative rise, so a dismissed alert speaks again on a real further rise.
        grade: Math.floor(rise * 20 + 1e-9),
      });
    }
    return alerts;
  },
};

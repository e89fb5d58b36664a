// rate-increase: the latest rate (`apr`, else `dailyRate × 365`) is ≥ 10 % (relative) above the
// previous known, different rate of the same account within 180 days. Warning.
//
// Where heuristics.md is silent:
// - "Different" allows for rounding: `dailyRate × 365` and a page's own APR for the same price
//   differ in the last digits, so rates within a relative 1e-9 count as the same rate.
// - "Within 180 days" means the previous rate was seen (lastSeenAt, else at) in the window: it was
//   still the price then, however long before it was first shown.
// - A previous rate of 0 (an interest-free offer) is no base for a relative rise: the end of a
//   promotion is not a repricing of the line, so it does not fire.
// - `at` is the first view showing the latest rate (the repricing).
import type { Alert, Rule, TimedObservation } from './types';
import { DAY_MS } from './types';

/** The annual rate: the page's APR, else its daily rate × 365. */
const rateOf = (o: TimedObservation): number | undefined =>
  o.apr !== undefined ? o.apr : o.dailyRate !== undefined ? o.dailyRate * 365 : undefined;
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** The daily rate as the page showed it, when the annual figure was derived from it. */
const shownDaily = (o: TimedObservation): number | null => (o.apr === undefined && o.dailyRate !== undefined ? o.dailyRate : null);

export const rateIncrease: Rule = {
  id: 'rate-increase',
  evaluate(history, settings) {
    const s = settings['rate-increase'];
    const from = history.now - s.windowDays * DAY_MS;
    const alerts: Alert[] = [];
    for (const { account, observations } of history.accounts) {
      // Walk back from the newest view: the latest rate, the start of its run, then the rate before.
      let latest: TimedObservation | undefined;
      let latestRate = 0;
      let start: TimedObservation | undefined;
      let previous: TimedObservation | undefined;
      let previousRate = 0;
      for (let i = observations.length - 1; i >= 0; i--) {
        const o = observations[i]!;
        const rate = rateOf(o);
        if (rate === undefined) continue;
        if (!latest) {
          latest = start = o;
          latestRate = rate;
        } else if (same(rate, latestRate)) {
          start = o;
        } else {
          previous = o;
          previousRate = rate;
          break;
        }
      }
      if (!latest || !start || !previous || !(previous.seen > from) || !(previousRate > 0)) continue;
      const rise = latestRate / previousRate - 1;
      // A hair of tolerance so a rise of exactly the threshold is not lost to floating point.
      if (rise < s.minRise - 1e-9) continue;
      alerts.push({
        rule: 'rate-increase',
        severity: 'warning',
        accountId: account.id,
        at: start.at,
        evidence: {
          previousRate: round6(previousRate),
          previousDailyRate: shownDaily(previous),
          previousSeenAt: new Date(previous.seen).toISOString(),
          latestRate: round6(latestRate),
          latestDailyRate: shownDaily(latest),
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

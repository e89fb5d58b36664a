// increase-closed: `increaseAvailable` was `true` in the last 180 days and the latest value is
// `false` — the 提额 entry is gone or shows "提额功能暂不可用". Warning.
//
// Where heuristics.md is silent:
// - "The latest value" is the latest *known* one: a view that did not show the entry (field
//   omitted) says nothing about it, so it neither closes nor reopens it.
// - "`true` in the last 180 days" uses `seen` (lastSeenAt, else at): an offer first seen long ago
//   but still seen inside the window counts.
// - `at` is the first `false` of the current run of `false` values (the entry closing).
// - Grade is constant: the entry is either offered or not; a change of severity is all there is.
import type { RuleAlert, RuleCode, TimedObservation } from '../shapes';
import { DAY_MS } from '../shapes';
import type { increaseClosedMeta } from './meta';

type Alert = RuleAlert<'increase-closed'>;

export const increaseClosed: RuleCode<typeof increaseClosedMeta> = {
  id: 'increase-closed',
  evaluate(history, settings) {
    const s = settings['increase-closed'];
    const from = history.now - s.windowDays * DAY_MS;
    const alerts: Alert[] = [];
    for (const { account, observations } of history.accounts) {
      // From the newest view back: the run of `false` values, then an offer seen in the window.
      let closedSince: TimedObservation | undefined; // first `false` of the current run
      let lastClosed: TimedObservation | undefined; // latest `false`
      let offered: TimedObservation | undefined; // the latest offer seen in the window before the run
      let inRun = true;
      for (let i = observations.length - 1; i >= 0; i--) {
        const o = observations[i]!;
        if (o.increaseAvailable === undefined) continue;
        if (inRun) {
          if (!o.increaseAvailable) {
            lastClosed ??= o;
            closedSince = o;
            continue;
          }
          if (!lastClosed) break; // offered on the latest view
          inRun = false;
        }
        if (o.increaseAvailable && o.seen > from) {
          offered = o;
          break;
        }
      }
      if (!closedSince || !lastClosed || !offered) continue;
      alerts.push({
        rule: 'increase-closed',
        severity: 'warning',
        accountId: account.id,
        at: closedSince.at,
        evidence: {
          lastOfferedAt: new Date(offered.seen).toISOString(),
          closedAt: closedSince.at,
          lastSeenAt: new Date(lastClosed.seen).toISOString(),
          windowDays: s.windowDays,
        },
        grade: 1,
      });
    }
    return alerts;
  },
};

// status-worsened: the latest status is worse than a status seen in the last 180 days
// (normal < limited < frozen < closed; `unknown` is ignored). Warning for `limited`, critical for
// `frozen` or `closed`.
//
// Where heuristics.md is silent:
// - `unknown` is ignored everywhere, the latest status included: a view that showed no status does
//   not say the account recovered, so "the latest status" is the latest *known* one.
// - "Seen in the last 180 days" uses `seen` (lastSeenAt, else at): a `normal` first seen 200 days
//   ago and still seen 100 days ago was seen in the window.
// - `at` is the first view of the current run of statuses at least as bad as the latest one: after
//   normal → frozen → limited the account has been at least `limited` since it froze, so the
//   warning dates from then; after normal → limited → frozen the critical alert dates from the freeze.
import type { Status } from '../../model/types';
import type { RuleAlert, RuleCode, TimedObservation } from '../shapes';
import { DAY_MS } from '../shapes';
import type { statusWorsenedMeta } from './meta';

type Alert = RuleAlert<'status-worsened'>;

type Known = Exclude<Status, 'unknown'>;
const RANK: Record<Known, number> = { normal: 0, limited: 1, frozen: 2, closed: 3 };
const rankOf = (o: TimedObservation): number | undefined => (o.status === 'unknown' ? undefined : RANK[o.status]);

export const statusWorsened: RuleCode<typeof statusWorsenedMeta> = {
  id: 'status-worsened',
  evaluate(history, settings) {
    const s = settings['status-worsened'];
    const from = history.now - s.windowDays * DAY_MS;
    const alerts: Alert[] = [];
    for (const { account, observations } of history.accounts) {
      // One walk from the newest view back: the latest known status, then its run, then the rest.
      let latest: TimedObservation | undefined;
      let rank = 0;
      let start: TimedObservation | undefined; // first view of the run (statuses ≥ the latest)
      let previous: TimedObservation | undefined; // the better status just before the run
      let best: TimedObservation | undefined; // the best status seen in the window
      let bestRank = Infinity;
      for (let i = observations.length - 1; i >= 0; i--) {
        const o = observations[i]!;
        const r = rankOf(o);
        if (r === undefined) continue;
        if (!latest) {
          if (r === 0) break; // latest known is `normal`: nothing to report
          latest = start = o;
          rank = r;
          continue;
        }
        if (!previous && r >= rank) {
          start = o;
          continue;
        }
        previous ??= o;
        if (r < rank && o.seen > from && r < bestRank) {
          best = o;
          bestRank = r;
          if (r === 0) break; // nothing is better than `normal`
        }
      }
      if (!latest || !start || !previous || !best) continue;
      const status = latest.status as Known;
      alerts.push({
        rule: 'status-worsened',
        severity: rank >= RANK.frozen ? 'critical' : 'warning',
        accountId: account.id,
        at: start.at,
        evidence: {
          status,
          statusText: latest.statusText ?? null,
          since: start.at,
          lastSeenAt: new Date(latest.seen).toISOString(),
          previousStatus: previous.status,
          previousSeenAt: new Date(previous.seen).toISOString(),
          baselineStatus: best.status,
          baselineSeenAt: new Date(best.seen).toISOString(),
          windowDays: s.windowDays,
        },
        // Closed > frozen > limited; within one, a fall from `normal` is worse than from `limited`.
        grade: rank * 10 + (rank - bestRank),
      });
    }
    return alerts;
  },
};

// stale-account: an account that is not `closed` was last seen (lastSeenAt, else at) 14 days ago
// or more — a reminder to look at it (定期检查各关键账户). Info.
//
// Where heuristics.md is silent:
// - Only accounts with at least one observation: an account nobody has looked at yet has nothing
//   to go stale.
// - "Last seen" is the latest `seen` of any view (an older view can have been seen again later).
// - "Not closed" reads the latest *known* status (an `unknown` view does not reopen an account).
//   Limited and frozen accounts still get the reminder: they are the ones worth watching.
// - `at` is last seen + 14 days, the moment the account became stale.
// - Grade is the number of whole periods the account has been stale (1 at 14 days, 2 at 28 …), so a
//   dismissed reminder comes back once per period rather than every day.
import type { Status } from '../../model/types';
import type { Alert, Rule } from '../types';
import { DAY_MS } from '../types';

export const staleAccount: Rule = {
  id: 'stale-account',
  evaluate(history, settings) {
    const s = settings['stale-account'];
    const period = s.days * DAY_MS;
    const alerts: Alert[] = [];
    for (const { account, observations } of history.accounts) {
      if (!observations.length) continue;
      // From the newest view back; a view seen within the period ends the search. A stale account
      // is read to its first view, since an older view may have been seen again later.
      let status: Status = 'unknown';
      let lastSeen = -Infinity;
      for (let i = observations.length - 1; i >= 0; i--) {
        const o = observations[i]!;
        if (status === 'unknown') status = o.status;
        if (o.seen > lastSeen) lastSeen = o.seen;
        if (status === 'closed' || history.now - lastSeen < period) break;
      }
      const age = history.now - lastSeen;
      if (status === 'closed' || !(age >= period)) continue;
      const daysSince = Math.floor(age / DAY_MS);
      alerts.push({
        rule: 'stale-account',
        severity: 'info',
        accountId: account.id,
        at: new Date(lastSeen + period).toISOString(),
        evidence: { lastSeenAt: new Date(lastSeen).toISOString(), daysSince, thresholdDays: s.days },
        grade: period > 0 ? Math.floor(age / period) : daysSince,
      });
    }
    return alerts;
  },
};

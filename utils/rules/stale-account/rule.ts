// stale-account: an account that is not `closed` was last seen (lastSeenAt, else at) 14 days ago
// or more — a reminder to look at it (定期检查各关键账户). Info.
// Accounts known only from credit reports are not pages the person visits: for them there is one
// reminder, when the newest report read is ≥ 90 days old (pull a new one), never one per account.
//
// Where heuristics.md is silent:
// - Only accounts with at least one observation: an account nobody has looked at yet has nothing
//   to go stale.
// - "Known only from credit reports": every observation of the account has source `credit-report`.
//   One page view, manual entry or import makes it an account the person looks at.
// - "The newest report read" is the newest moment a credit-report observation was seen (any
//   account's: a report lists them all). The reminder is about the whole picture (no account) and
//   stands while one report-only account is not closed.
// - "Last seen" is the latest `seen` of any view (an older view can have been seen again later).
// - "Not closed" reads the latest *known* status (an `unknown` view does not reopen an account).
//   Limited and frozen accounts still get the reminder: they are the ones worth watching.
// - `at` is last seen + 14 days (the report: + 90 days), the moment it became stale.
// - Grade is the number of whole periods it has been stale (1 at 14 days, 2 at 28 …), so a
//   dismissed reminder comes back once per period rather than every day.
import type { Status } from '../../model/types';
import type { AccountTimeline, RuleAlert, RuleCode } from '../shapes';
import { DAY_MS } from '../shapes';
import type { staleAccountMeta } from './meta';

type Alert = RuleAlert<'stale-account'>;

const fromReport = (o: { source: string }): boolean => o.source === 'credit-report';

/** The latest known status and the latest moment any view was seen, reading back from the newest view. */
function lastSeenOf(observations: AccountTimeline['observations'], now: number, period: number): { status: Status; lastSeen: number } {
  let status: Status = 'unknown';
  let lastSeen = -Infinity;
  // A view seen within the period ends the search; a stale account is read to its first view, since
  // an older view may have been seen again later.
  for (let i = observations.length - 1; i >= 0; i--) {
    const o = observations[i]!;
    if (status === 'unknown') status = o.status;
    if (o.seen > lastSeen) lastSeen = o.seen;
    if (status === 'closed' || now - lastSeen < period) break;
  }
  return { status, lastSeen };
}

function latestKnownStatus(observations: AccountTimeline['observations']): Status {
  for (let i = observations.length - 1; i >= 0; i--) if (observations[i]!.status !== 'unknown') return observations[i]!.status;
  return 'unknown';
}

export const staleAccount: RuleCode<typeof staleAccountMeta> = {
  id: 'stale-account',
  evaluate(history, settings) {
    const s = settings['stale-account'];
    const period = s.days * DAY_MS;
    const reportPeriod = s.reportDays * DAY_MS;
    const alerts: Alert[] = [];
    let newestReport = -Infinity;
    let reportOnly = 0; // report-only accounts not closed
    for (const { account, observations } of history.accounts) {
      if (!observations.length) continue;
      for (const o of observations) if (fromReport(o) && o.seen > newestReport) newestReport = o.seen;
      if (observations.every(fromReport)) {
        if (latestKnownStatus(observations) !== 'closed') reportOnly++;
        continue;
      }
      const { status, lastSeen } = lastSeenOf(observations, history.now, period);
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
    const reportAge = history.now - newestReport;
    if (reportOnly > 0 && reportAge >= reportPeriod) {
      alerts.push({
        rule: 'stale-account',
        severity: 'info',
        at: new Date(newestReport + reportPeriod).toISOString(),
        evidence: {
          scope: 'credit-report',
          reportSeenAt: new Date(newestReport).toISOString(),
          daysSince: Math.floor(reportAge / DAY_MS),
          thresholdDays: s.reportDays,
          accounts: reportOnly,
        },
        grade: Math.floor(reportAge / reportPeriod),
      });
    }
    return alerts;
  },
};

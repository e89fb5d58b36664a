// limit-zeroed: the latest view of an account shows no limit at all — `totalLimit` = 0, or
// `availableLimit` = 0 while the line cannot be drawn on for another reason than being used up (the
// status is `limited`/`frozen`, or `usedAmount` is known and below the limit, or the page said
// 额度为0/暂无额度) — and the account is not `closed`. A line that is simply used up (available 0,
// status normal or unknown, used absent or equal to the limit) is high-utilization's business; nor
// is a line whose `usedAmount` is known and ≥ its limit, whatever its status (a `limited` line that
// is fully drawn has nothing left to take away: status-worsened speaks for the status). Always critical: the line cannot be drawn on any more.
//
// Where heuristics.md is silent:
// - "Latest observation" is the latest one that carries a limit amount (`totalLimit` or
//   `availableLimit`). A later view that showed only a status or a rate says nothing about the
//   limit, so it must not make a zeroed limit look restored.
// - "Not closed" reads the latest *known* status (an `unknown` view does not say the account
//   reopened). A closed account is status-worsened's business, not this rule's.
// - `at` is the first view of the current run of zeroed views, so the alert keeps the moment the
//   limit went to zero however many times the person looks at it afterwards.
import type { Status } from '../../model/types';
import type { RuleAlert, RuleCode, TimedObservation } from '../shapes';
import type { limitZeroedMeta } from './meta';

type Alert = RuleAlert<'limit-zeroed'>;

const SAYS_NO_LIMIT = /额度为\s*0|暂无(借款|可用)?额度|no (available )?(credit|limit)/i;

const isZeroed = (o: TimedObservation): boolean => {
  if (o.totalLimit === 0) return true;
  if (o.availableLimit !== 0) return false;
  // Fully drawn: nothing was taken away, whatever the status or the page says.
  if (o.usedAmount !== undefined && o.totalLimit !== undefined && o.usedAmount >= o.totalLimit) return false;
  if (o.status === 'limited' || o.status === 'frozen') return true;
  if (o.statusText !== undefined && SAYS_NO_LIMIT.test(o.statusText)) return true;
  // Known used below the limit, yet nothing available: blocked, not spent. With no limit shown, a
  // used amount of 0 says the same.
  if (o.usedAmount === undefined) return false;
  return o.totalLimit !== undefined ? o.usedAmount < o.totalLimit : o.usedAmount === 0;
};

export const limitZeroed: RuleCode<typeof limitZeroedMeta> = {
  id: 'limit-zeroed',
  evaluate(history) {
    const alerts: Alert[] = [];
    for (const { account, observations } of history.accounts) {
      // From the newest view back, stopping as soon as the answer is known (usually at once).
      let status: Status = 'unknown'; // latest known status
      let latest: TimedObservation | undefined; // latest view with a limit amount, when zeroed
      let since: TimedObservation | undefined; // first view of the current zeroed run
      let previousLimit: number | undefined; // the last total > 0 before the run
      let inRun = true;
      for (let i = observations.length - 1; i >= 0; i--) {
        const o = observations[i]!;
        if (status === 'unknown') status = o.status;
        if (status === 'closed') break;
        if (inRun) {
          if (o.totalLimit === undefined && o.availableLimit === undefined) continue;
          if (isZeroed(o)) {
            latest ??= o;
            since = o;
            continue;
          }
          if (!latest) break; // the latest limit view is not zeroed
          inRun = false;
        }
        if (previousLimit === undefined && o.totalLimit !== undefined && o.totalLimit > 0) previousLimit = o.totalLimit;
        if (previousLimit !== undefined && status !== 'unknown') break;
      }
      if (!latest || !since || status === 'closed') continue;
      const totalZero = latest.totalLimit === 0;
      alerts.push({
        rule: 'limit-zeroed',
        severity: 'critical',
        accountId: account.id,
        at: since.at,
        evidence: {
          // Which of the two conditions holds: the whole limit, or only what can be drawn.
          zeroed: totalZero ? 'total' : 'available',
          totalLimit: latest.totalLimit ?? null,
          availableLimit: latest.availableLimit ?? null,
          usedAmount: latest.usedAmount ?? null,
          previousLimit: previousLimit ?? null,
          since: since.at,
          lastSeenAt: new Date(latest.seen).toISOString(),
          status,
        },
        // A limit gone to 0 is worse than a line showing nothing available.
        grade: totalZero ? 2 : 1,
      });
    }
    return alerts;
  },
};

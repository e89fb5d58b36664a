// low-limit (throwaway): the latest total limit seen in the window is under `below`.
import { DAY_MS, type RuleAlert, type RuleCode } from '../shapes';
import type { lowLimitMeta } from './meta';

export const lowLimit: RuleCode<typeof lowLimitMeta> = {
  id: 'low-limit',
  evaluate(history, settings) {
    const s = settings['low-limit'];
    const from = history.now - s.windowDays * DAY_MS;
    const alerts: RuleAlert<'low-limit'>[] = [];
    for (const { account, observations } of history.accounts) {
      const last = observations.filter((o) => o.t > from && o.totalLimit !== undefined).at(-1);
      if (!last || last.totalLimit! >= s.below) continue;
      alerts.push({
        rule: 'low-limit',
        severity: 'info',
        accountId: account.id,
        at: last.at,
        evidence: { totalLimit: last.totalLimit!, threshold: s.below },
        grade: 1,
      });
    }
    return alerts;
  },
};

// Cash lenders owed, institutions owed and accounts opened, counted exactly as many-lenders counts
// them (its lenderCounts). Owed counts are not projected: a balance does not heal with time, only
// the accounts-opened window does.
import { lenderCounts } from '../rules/many-lenders/rule';
import type { RuleSettings } from '../rules/thresholds';
import { countIn } from '../rules/time-windows';
import { DAY_MS, type HistoryView } from '../rules/types';
import { leaveTimes } from '../rules/window-projection';
import { countLevel } from './level';
import { projection } from './projection';
import type { Factor } from './types';

export function lenderFactors(history: HistoryView, settings: RuleSettings): Factor[] {
  const s = settings['many-lenders'];
  const now = history.now;
  const c = lenderCounts(history, s);
  const cashThreshold = Math.min(s.lenders, s.criticalLenders);
  const openedMs = s.openedWindowDays * DAY_MS;
  const openedAt = (t: number) => countIn(c.openedTimes, t, openedMs);
  const opened = projection(leaveTimes(c.openedTimes, now, openedMs), now, openedAt, (t) => openedAt(t) >= s.openedCount);
  return [
    {
      id: 'cash-lenders',
      rule: 'many-lenders',
      value: c.cashNow.length,
      unit: 'count',
      threshold: cashThreshold,
      level: countLevel(c.cashNow.length, cashThreshold, c.byCash),
      fires: c.byCash,
    },
    {
      id: 'institutions',
      rule: 'many-lenders',
      value: c.owedNow.length,
      unit: 'count',
      threshold: s.institutions,
      level: countLevel(c.owedNow.length, s.institutions, c.byInstitutions),
      fires: c.byInstitutions,
    },
    {
      id: 'accounts-opened',
      rule: 'many-lenders',
      value: c.openedCount,
      unit: 'count',
      windowDays: s.openedWindowDays,
      threshold: s.openedCount,
      level: countLevel(c.openedCount, s.openedCount, c.byOpened),
      fires: c.byOpened,
      ...(opened ? { projection: opened } : {}),
    },
  ];
}

// The factors behind the alerts, read from the stored history as of `now` with the person's
// thresholds (the same the rule run uses) and, in the background, the rule run's observation cache.
import { buildFactorReport, factorHorizonDays, type FactorReport } from '../factors';
import { buildHistoryView } from '../rules/history-view';
import type { RuleSettings } from '../rules/thresholds';
import type { SentinelDb } from './db';
import type { ObservationCache } from './observation-cache';
import { readRecentHistory } from './recent-history';

export async function readFactors(
  db: SentinelDb,
  now: Date,
  settings: RuleSettings,
  { cache }: { cache?: ObservationCache } = {},
): Promise<FactorReport> {
  const horizon = factorHorizonDays(settings);
  const history = await readRecentHistory(db, now, horizon, cache);
  return buildFactorReport(buildHistoryView(history, now, horizon), settings);
}

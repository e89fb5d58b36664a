// Runs the rules engine on the stored history and keeps the `alerts` store in step with it.
// Reading the history and writing the alerts are two transactions: the engine is plain code and
// must not run inside an IndexedDB transaction (it would auto-commit). Callers serialise runs.
import type { AlertRecord } from '../model/alert-record';
import { reconcileAlerts, withState, type AlertChanges } from '../rules/alert-states';
import type { DescribeOptions } from '../rules/describe';
import { compareAlerts } from '../rules/engine';
import { freshAlerts } from '../rules/fresh-alerts';
import { buildHistoryView } from '../rules/history-view';
import { horizonDays, type RuleSettings } from '../rules/thresholds';
import { writeTransaction, type SentinelDb } from './db';
import type { ObservationCache } from './observation-cache';
import { readRecentHistory } from './recent-history';

export interface RefreshOptions extends DescribeOptions {
  /** The background's copy of the rows it read last time (observation-cache.ts). */
  cache?: ObservationCache;
}

export async function refreshAlerts(
  db: SentinelDb,
  now: Date,
  settings: RuleSettings,
  { cache, ...options }: RefreshOptions = {},
): Promise<AlertChanges> {
  const horizon = horizonDays(settings);
  const { accounts, observations, events } = await readRecentHistory(db, now, horizon, cache);
  const fresh = freshAlerts(buildHistoryView({ accounts, observations, events }, now, horizon), settings, accounts, options);
  const nowIso = now.toISOString();
  return writeTransaction(db, ['alerts'], async (wtx) => {
    const store = wtx.objectStore('alerts');
    const changes = reconcileAlerts(await store.getAll(), fresh, nowIso);
    await Promise.all([...changes.put.map((a) => store.put(a)), ...changes.remove.map((id) => store.delete(id))]);
    return changes;
  });
}

export async function readAlerts(db: SentinelDb): Promise<AlertRecord[]> {
  return (await db.getAll('alerts')).sort(compareAlerts);
}

/** Marks alerts seen or dismissed; unknown ids (an alert that resolved meanwhile) are skipped. */
export function setAlertStates(db: SentinelDb, ids: readonly string[], state: 'seen' | 'dismissed', now: Date): Promise<number> {
  const nowIso = now.toISOString();
  return writeTransaction(db, ['alerts'], async (tx) => {
    const store = tx.objectStore('alerts');
    const found = await Promise.all(ids.map((id) => store.get(id)));
    const changed = found.filter((a): a is AlertRecord => a !== undefined).map((a) => withState(a, state, nowIso));
    await Promise.all(changed.map((a) => store.put(a)));
    return changed.length;
  });
}

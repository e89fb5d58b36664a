// The stored history a rule run (or the factors) needs as of `now`: every account, every
// observation (through the background's cache when given) and the events after `now − horizon`.
// One read transaction; callers build their view outside it (plain code must not run inside an
// IndexedDB transaction: it would auto-commit).
import type { HistoryEvent, Observation } from '../model/types';
import type { SentinelDb, StoredAccount } from './db';
import { readEvents } from './event-months';
import type { ObservationCache } from './observation-cache';
import { readAllObservations } from './observation-months';

export interface RecentHistory {
  accounts: StoredAccount[];
  observations: Observation[];
  events: HistoryEvent[];
}

export async function readRecentHistory(db: SentinelDb, now: Date, horizonDays: number, cache?: ObservationCache): Promise<RecentHistory> {
  // Events older than the horizon cannot change any alert (history-view.ts): only the month pages
  // from the horizon's month on are read, and only events strictly after it are kept.
  const since = new Date(now.getTime() - horizonDays * 86_400_000).toISOString();
  const tx = db.transaction(['accounts', 'observationMonths', 'eventMonths'], 'readonly');
  const pages = tx.objectStore('observationMonths');
  const [[accounts, observations], events] = await Promise.all([
    tx
      .objectStore('accounts')
      .getAll()
      .then(async (rows) => [rows, await (cache ? cache.read(pages, rows) : readAllObservations(pages))] as const),
    readEvents(tx.objectStore('eventMonths'), since),
    tx.done,
  ]);
  return { accounts, observations, events };
}

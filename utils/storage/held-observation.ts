// The stored row that holds a capture. A capture whose values equal the row before it is folded into
// that row (observations.ts: only its `lastSeenAt` moves), so what was read at `at` lives in the
// account's last row at or before `at` — if that row says the same. Read-only, one transaction.
import type { Observation, ObservedValues } from '../model/types';
import { accountRange, type SentinelDb } from './db';
import { toObservation } from './import-export';
import { monthOf } from './observation-months';
import { sameValues } from './observations';

/** The row holding `values` read for `accountId` at `at`, or undefined when none does (removed since). */
export async function heldObservation(
  db: SentinelDb,
  accountId: string,
  at: string,
  values: ObservedValues,
): Promise<Observation | undefined> {
  const tx = db.transaction('observationMonths', 'readonly');
  // Pages from the capture's month backwards; the holding row is in the first page that has any
  // row at or before `at`.
  let cursor = await tx.store.openCursor(accountRange(accountId, undefined, monthOf(at)), 'prev');
  while (cursor) {
    const row = cursor.value.rows.findLast((o) => o.at <= at);
    if (row) return sameValues(row, values) ? toObservation(row) : undefined;
    cursor = await cursor.continue();
  }
  return undefined;
}

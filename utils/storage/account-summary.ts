// Each account row carries what the popup shows about its history: the number of observation rows,
// the latest row and when the first was seen. Every write keeps them current for the accounts it
// touched, so opening the popup reads the account rows and nothing else (counting means reading every
// page of the account). Rows written before these fields
// existed lack them; the dashboard reads those the slow way once and stores the result.
import type { IDBPTransaction, StoreNames } from 'idb';
import type { Observation } from '../model/types';
import { writeTransaction, type SentinelDb, type SentinelSchema, type StoredAccount } from './db';
import { edgeObservations, readAccountObservations } from './observation-months';

type SummaryTx = IDBPTransaction<SentinelSchema, StoreNames<SentinelSchema>[], 'readwrite'>;

/** True when the row can stand in for its observations on the dashboard. */
export const hasSummary = (row: StoredAccount): row is StoredAccount & { observationCount: number } =>
  row.observationCount !== undefined && (row.observationCount === 0 || row.latest !== undefined);

const edgeRows = (tx: SummaryTx, id: string): Promise<[Observation | undefined, Observation | undefined]> =>
  edgeObservations(tx.objectStore('observationMonths'), id);

export function withEdges(row: StoredAccount, count: number, last: Observation | undefined, first: Observation | undefined): StoredAccount {
  const { latest: _l, firstSeenAt: _f, ...rest } = row;
  // Every write that touches the account's rows comes through here: a new version tells a cached
  // copy of its rows (observation-cache.ts) that it is out of date.
  return {
    ...rest,
    observationCount: count,
    ...(last ? { latest: last } : {}),
    ...(first ? { firstSeenAt: first.at } : {}),
    pagesVersion: crypto.randomUUID(),
  };
}

/**
 * After a write, inside its transaction: counts grow by the rows added, and the latest and first
 * rows are read again for every touched account (two one-step cursors each, at write time).
 */
export async function updateSummaries(tx: SummaryTx, touched: Iterable<string>, added: ReadonlyMap<string, number>): Promise<void> {
  const accounts = tx.objectStore('accounts');
  for (const id of new Set(touched)) {
    const row = await accounts.get(id);
    if (row?.observationCount === undefined) continue; // an old row: the dashboard fills it in
    const [last, first] = await edgeRows(tx, id);
    await accounts.put(withEdges(row, row.observationCount + (added.get(id) ?? 0), last, first));
  }
}

/** Fills in, once, the accounts stored before summaries were kept. One transaction: no row slips by. */
export function fillMissingSummaries(db: SentinelDb): Promise<void> {
  return writeTransaction(db, ['accounts', 'observationMonths'], async (tx) => {
    const accounts = tx.objectStore('accounts');
    for (const row of await accounts.getAll()) {
      if (hasSummary(row)) continue;
      const count = (await readAccountObservations(tx.objectStore('observationMonths'), row.id)).length;
      const [last, first] = await edgeRows(tx as unknown as SummaryTx, row.id);
      await accounts.put(withEdges(row, count, last, first));
    }
  });
}

export const tally = (counts: Map<string, number>, id: string, n = 1): void => void counts.set(id, (counts.get(id) ?? 0) + n);

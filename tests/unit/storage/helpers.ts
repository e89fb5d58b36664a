// Shared set-up for the storage tests: a fresh, uniquely named database per test, and small builders.
import { afterEach } from 'vitest';
import type { Account, Observation } from '../../../utils/model/types';
import { accountRange, openSentinelDb, type SentinelDb } from '../../../utils/storage/db';
import { exportHistory } from '../../../utils/storage/import-export';

const opened: SentinelDb[] = [];
let counter = 0;

export const uniqueName = (prefix = 'test'): string => `${prefix}-${++counter}-${Math.random().toString(36).slice(2)}`;

/** A new empty database, closed again after the current test. */
export async function freshDb(): Promise<SentinelDb> {
  const db = await openSentinelDb(uniqueName());
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

export const FIXED_NOW = new Date('2026-11-23T08:00:00.000Z');

/** The whole database as text: two snapshots are equal exactly when nothing changed. */
export async function snapshot(db: SentinelDb): Promise<string> {
  return JSON.stringify(await exportHistory(db, FIXED_NOW));
}

export const account = (id = 'jd-baitiao', extra: Partial<Account> = {}): Account => ({
  id,
  lender: '京东',
  product: '白条',
  kind: 'pay-later',
  ...extra,
});

/** An observation `minutes` after a fixed start, so tests can speak in small offsets. */
export function observation(minutes: number, values: Partial<Observation> = {}): Observation {
  return {
    accountId: 'jd-baitiao',
    at: new Date(Date.UTC(2026, 9, 1, 10, minutes)).toISOString(),
    totalLimit: 50000,
    availableLimit: 32000,
    usedAmount: 18000,
    status: 'normal',
    source: 'page',
    url: 'https://baitiao.jd.com/v3/ious/list',
    ...values,
  };
}

export const minute = (minutes: number): string => new Date(Date.UTC(2026, 9, 1, 10, minutes)).toISOString();

/** Every stored observation (of one account, or all), in key order: account, then time. */
export async function storedObservations(db: SentinelDb, accountId?: string): Promise<Observation[]> {
  const pages = await db.getAll('observationMonths', accountId === undefined ? undefined : accountRange(accountId));
  return pages.flatMap((p) => p.rows);
}

export const countObservations = async (db: SentinelDb): Promise<number> => (await storedObservations(db)).length;

const realWrites = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add, delete: IDBObjectStore.prototype.delete };

/** From the `after`-th write on, every put/add/delete fails the way a browser out of quota fails.
 *  `spaceIsBack()` undoes it (call it in afterEach). */
export function diskFullAfter(after: number): void {
  let writes = 0;
  const failing = <F extends (...args: never[]) => IDBRequest>(real: F) =>
    function (this: IDBObjectStore, ...args: Parameters<F>) {
      if (++writes > after) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.apply(this, args);
    };
  IDBObjectStore.prototype.put = failing(realWrites.put) as typeof realWrites.put;
  IDBObjectStore.prototype.add = failing(realWrites.add) as typeof realWrites.add;
  IDBObjectStore.prototype.delete = failing(realWrites.delete) as typeof realWrites.delete;
}

export function spaceIsBack(): void {
  IDBObjectStore.prototype.put = realWrites.put;
  IDBObjectStore.prototype.add = realWrites.add;
  IDBObjectStore.prototype.delete = realWrites.delete;
}

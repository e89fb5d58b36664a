// The one module that opens IndexedDB. Everything else receives the `SentinelDb` it returns, so the
// schema, its migrations and the mapping of browser failures to error codes live in one place.
import { openDB, type IDBPTransaction, type StoreNames } from 'idb';
import type { ErrorCode } from '../messaging/protocol';
import type { HistoryEvent } from '../model/types';
import type { ObservationMonth, SentinelDb, SentinelSchema, StoredEvent, UpgradeDb, UpgradeStep, UpgradeTx } from './schema';
import { migrateSiteIds } from './migrations/v3-site-ids';
import { indexEventSubjects } from './migrations/v5-event-subjects';
import { buildChartDigests } from './migrations/v6-chart-digests';

export const DB_NAME = 'limit-sentinel';

export type {
  EventDigest,
  EventMonth,
  EventSubjectMonth,
  ObservationDigest,
  ObservationMonth,
  SentinelDb,
  SentinelSchema,
  StoredAccount,
  StoredAlert,
  StoredEvent,
  UpgradeStep,
  UpgradeTx,
} from './schema';

/** Cumulative migrations: a database at version N runs every step above N, in order, inside the
 *  upgrade transaction only. Never edit a released step; add the next one (and its fixture). */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  {
    version: 1,
    apply(db) {
      db.createObjectStore('accounts', { keyPath: 'id' });
      db.createObjectStore('observations', { keyPath: ['accountId', 'at'] });
      db.createObjectStore('events', { keyPath: 'key' }).createIndex('by-at', 'at');
      db.createObjectStore('alerts', { keyPath: 'id' });
    },
  },
  {
    version: 2,
    // Events move into month pages. Self-contained on purpose (no eventKey, no event-months.ts):
    // a released step must not change when today's code does. Stored keys are kept as they are.
    async apply(db, tx) {
      const pages = db.createObjectStore('eventMonths', { keyPath: 'month' });
      const byMonth = new Map<string, StoredEvent[]>();
      for (const e of await tx.objectStore('events').getAll()) {
        const month = e.at.slice(0, 7);
        const page = byMonth.get(month);
        if (page) page.push(e);
        else byMonth.set(month, [e]);
      }
      const writes: Promise<unknown>[] = [];
      for (const [month, events] of byMonth) {
        events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        const write = pages.put({ month, events });
        write.catch(() => undefined); // awaited below; a later put that throws at once must not leave it unhandled
        writes.push(write);
      }
      db.deleteObjectStore('events');
      await Promise.all(writes);
    },
  },
  {
    version: 3,
    // Tracked sites' account ids: host and line, no longer the page title (migrations/v3-site-ids.ts).
    apply: (_db, tx) => migrateSiteIds(tx),
  },
  {
    version: 4,
    // Observations move into account-month pages. Self-contained like step 2. The rows were stored
    // with normalised times and one row per [accountId, at], in key order: each account's rows
    // arrive sorted, so a page is a run of consecutive rows.
    async apply(db, tx) {
      const pages = db.createObjectStore('observationMonths', { keyPath: ['accountId', 'month'] });
      const rows = await tx.objectStore('observations').getAll();
      const writes: Promise<unknown>[] = [];
      let page: ObservationMonth | undefined;
      const flush = () => {
        if (!page) return;
        const write = pages.put(page);
        write.catch(() => undefined); // awaited below
        writes.push(write);
      };
      for (const o of rows) {
        const month = o.at.slice(0, 7);
        if (page && page.accountId === o.accountId && page.month === month) page.rows.push(o);
        else {
          flush();
          page = { accountId: o.accountId, month, rows: [o] };
        }
      }
      flush();
      db.deleteObjectStore('observations');
      await Promise.all(writes);
    },
  },
  {
    version: 5,
    // Events also in pages per subject and month, so one account's chart reads only its own
    // (migrations/v5-event-subjects.ts).
    apply: (db, tx) => indexEventSubjects(db, tx),
  },
  {
    version: 6,
    // What the all-time chart needs of each observation page and subject page, kept beside it
    // (migrations/v6-chart-digests.ts).
    apply: (db, tx) => buildChartDigests(db, tx),
  },
];
export const DB_VERSION = UPGRADE_STEPS.length;

export class DbError extends Error {
  constructor(readonly code: ErrorCode) {
    super(`IndexedDB: ${code}`); // never the failing value: it may be an amount
    this.name = 'DbError';
  }
}

/** Browsers report a full disk as QuotaExceededError (a DOMException); only the name is reliable. */
export function toDbError(e: unknown, fallback: ErrorCode = 'internal'): DbError {
  if (e instanceof DbError) return e;
  const name = (e as { name?: unknown } | null)?.name;
  return new DbError(name === 'QuotaExceededError' ? 'quota' : fallback);
}

export const eventKey = (e: HistoryEvent): string =>
  JSON.stringify([
    e.at,
    e.kind,
    e.accountId ?? null,
    e.lender ?? null,
    e.amount ?? null,
    e.reason ?? null,
    e.outcome ?? null,
    e.full ?? null,
  ]);

/** Every page key of one account, or those from month `from` to month `to` (inclusive): arrays sort
 *  after strings, so [id, []] bounds [id, <any month>]. */
export const accountRange = (accountId: string, from?: string, to?: string): IDBKeyRange =>
  IDBKeyRange.bound(from === undefined ? [accountId] : [accountId, from], to === undefined ? [accountId, []] : [accountId, to]);

export interface OpenOptions {
  /** How long to wait for older connections to close before answering 'db-blocked'. */
  blockedTimeoutMs?: number;
}

export function openSentinelDb(name = DB_NAME, options: OpenOptions = {}): Promise<SentinelDb> {
  return openWithSteps(name, UPGRADE_STEPS, options);
}

/** Exported for tests, which open with an extra step to play "a newer version elsewhere". */
export function openWithSteps(
  name: string,
  steps: readonly UpgradeStep[],
  { blockedTimeoutMs = 3000 }: OpenOptions = {},
): Promise<SentinelDb> {
  // Firefox's "never remember history" mode and some embedded contexts have no usable IndexedDB.
  if (typeof indexedDB === 'undefined') return Promise.reject(new DbError('db-unavailable'));
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (err: DbError | undefined, db?: SentinelDb) => {
      clearTimeout(timer);
      if (settled) return void db?.close(); // an open that completes after we gave up is not leaked
      settled = true;
      if (db) resolve(db);
      else reject(err);
    };
    let opening: Promise<SentinelDb>;
    try {
      opening = openDB<SentinelSchema>(name, steps.length, {
        upgrade(rawDb, oldVersion, _newVersion, rawTx) {
          // The steps also see the stores later versions removed (RetiredStores).
          const db = rawDb as unknown as UpgradeDb;
          const tx = rawTx as unknown as UpgradeTx;
          // A half-applied migration must not become the new version: the open then fails with
          // AbortError and the database stays as it was. (`tx.done` then rejects: already reported.)
          const abort = () => {
            tx.done.catch(() => undefined);
            try {
              tx.abort();
            } catch {
              // already aborted (a failed request aborts the upgrade by itself)
            }
          };
          try {
            // Synchronous steps run at once; after an asynchronous one, the next runs when it has
            // settled (still inside the upgrade transaction: its promise settles on a request).
            let pending: Promise<void> | undefined;
            for (const step of steps) {
              if (oldVersion >= step.version) continue;
              if (pending) pending = pending.then(() => step.apply(db, tx));
              else pending = step.apply(db, tx) ?? undefined;
            }
            pending?.catch(abort);
          } catch {
            abort();
          }
        },
        blocked() {
          timer ??= setTimeout(() => finish(new DbError('db-blocked')), blockedTimeoutMs);
        },
        // A newer version (another extension page after an update) wants the database: step aside.
        blocking(_current, _blocked, event) {
          (event.target as IDBDatabase).close();
        },
      });
    } catch (e) {
      finish(toDbError(e, 'db-unavailable'));
      return;
    }
    opening.then(
      (db) => finish(undefined, db),
      (e: unknown) => finish(toDbError(e, 'db-unavailable')),
    );
  });
}

/** Issues every request before awaiting any (far faster than one round trip per row). A request
 *  that throws at once (a full disk) leaves the issued ones handled; the caller's transaction is
 *  then aborted and their rejections go unobserved. */
export function requestAll<T, R>(items: readonly T[], request: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const pending: Promise<R>[] = [];
  for (const [i, item] of items.entries()) {
    const p = request(item, i);
    p.catch(() => undefined);
    pending.push(p);
  }
  return Promise.all(pending);
}

/** What a write of history touches: the accounts, the month pages of observations and events, and
 *  the chart digests that must change in the same transaction as their pages (chart-digests.ts). */
export const HISTORY_STORES = [
  'accounts',
  'observationMonths',
  'observationDigests',
  'eventMonths',
  'eventSubjectMonths',
  'eventDigests',
] as const;

/**
 * Runs `work` in one readwrite transaction and resolves only once it committed. Any failure aborts
 * the whole transaction (nothing partial is written) and is reported as a DbError. `work` must await
 * nothing but requests of `tx`, or the transaction commits early.
 */
export async function writeTransaction<const Names extends StoreNames<SentinelSchema>[], T>(
  db: SentinelDb,
  stores: Names,
  work: (tx: IDBPTransaction<SentinelSchema, Names, 'readwrite'>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  const done = tx.done;
  done.catch(() => undefined); // observed below; this only keeps an early abort from going unhandled
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already aborted by the browser (the usual case for a request error)
    }
    await done.catch(() => undefined);
    // When a request failed, the transaction's own error is the cause; the rest are AbortErrors.
    throw toDbError(e instanceof DbError || !tx.error ? e : tx.error);
  }
}

// Opening the database: the schema, stepping aside for a newer version, never hanging on a block,
// and clear codes when IndexedDB is missing or a write fails.
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION, DbError, openSentinelDb, openWithSteps, toDbError, UPGRADE_STEPS, writeTransaction } from '../../../utils/storage/db';
import { account, freshDb, uniqueName } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

const rawOpen = (name: string, version?: number, onUpgrade?: (db: IDBDatabase) => void) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => onUpgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('blocked'));
  });

describe('openSentinelDb', () => {
  it('creates the current stores: events and observations in month pages, events per subject too, chart digests, no per-row store', async () => {
    const db = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accounts',
      'alerts',
      'eventDigests',
      'eventMonths',
      'eventSubjectMonths',
      'observationDigests',
      'observationMonths',
    ]);
    expect(db.transaction('eventMonths').store.keyPath).toBe('month');
    expect(db.transaction('eventSubjectMonths').store.keyPath).toEqual(['subject', 'month']);
    expect(db.transaction('observationMonths').store.keyPath).toEqual(['accountId', 'month']);
    expect(db.transaction('observationDigests').store.keyPath).toEqual(['accountId', 'month']);
    expect(db.transaction('eventDigests').store.keyPath).toEqual(['subject', 'month']);
  });

  it('closes itself when a newer version elsewhere needs the database', async () => {
    const name = uniqueName('versionchange');
    const db = await openSentinelDb(name);
    const newer = await rawOpen(name, DB_VERSION + 1); // would reject with 'blocked' if we held on
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(() => db.transaction('accounts')).toThrow();
    newer.close();
  });

  it("answers 'db-blocked' instead of hanging when an old connection will not close", async () => {
    const name = uniqueName('blocked');
    const stubborn = await rawOpen(name, 1, (db) => db.createObjectStore('accounts', { keyPath: 'id' }));
    const next = [...UPGRADE_STEPS, { version: DB_VERSION + 1, apply() {} }];
    // The stubborn connection existed at version 1 without our stores; a migration to 2 must wait.
    await expect(openWithSteps(name, next, { blockedTimeoutMs: 20 })).rejects.toMatchObject({ code: 'db-blocked' });
    stubborn.close();
    // The open we gave up on completes now and is closed at once, so it blocks nobody.
    await new Promise((r) => setTimeout(r, 20));
    const after = await rawOpen(name, DB_VERSION + 2);
    after.close();
  });

  it("answers 'db-unavailable' when there is no IndexedDB (Firefox private mode)", async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openSentinelDb(uniqueName())).rejects.toMatchObject({ code: 'db-unavailable' });
  });

  it("answers 'db-unavailable' when opening throws", async () => {
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    });
    await expect(openSentinelDb(uniqueName())).rejects.toMatchObject({ code: 'db-unavailable' });
  });

  it('leaves the database untouched when an upgrade step fails', async () => {
    const name = uniqueName('failing-step');
    const broken = [
      {
        version: 1,
        apply: (db: Parameters<(typeof UPGRADE_STEPS)[number]['apply']>[0]) => {
          db.createObjectStore('accounts', { keyPath: 'id' });
          throw new Error('step failed');
        },
      },
    ];
    await expect(openWithSteps(name, broken)).rejects.toMatchObject({ code: 'db-unavailable' });
    let oldVersion = -1;
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onupgradeneeded = (e) => (oldVersion = e.oldVersion);
      request.onsuccess = () => resolve(request.result);
    });
    expect(oldVersion).toBe(0);
    expect(raw.objectStoreNames.length).toBe(0);
    raw.close();
  });

  describe('an asynchronous upgrade step', () => {
    type Step = (typeof UPGRADE_STEPS)[number];
    const event = (at: string, amount: number) => ({
      at,
      kind: 'borrow',
      accountId: 'a',
      amount,
      source: 'manual',
      key: `${at}|${amount}`,
    });
    /** A database left at version 1 by the version-1 code, holding two events. */
    async function atVersion1(name: string) {
      const db = await openWithSteps(name, UPGRADE_STEPS.slice(0, 1));
      const raw = unwrap(db);
      await new Promise<void>((resolve, reject) => {
        const tx = raw.transaction(['accounts', 'events'], 'readwrite');
        tx.objectStore('accounts').add(account('a'));
        tx.objectStore('events').add(event('2026-01-31T23:59:59.999Z', 1));
        tx.objectStore('events').add(event('2026-02-01T00:00:00.000Z', 2));
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    }
    /** The database as it is now, opened without upgrading: version, stores and event count. */
    const inspect = (name: string) =>
      new Promise<{ version: number; stores: string[]; events: number }>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const raw = request.result;
          const stores = [...raw.objectStoreNames].sort();
          if (!stores.includes('events')) return void (raw.close(), resolve({ version: raw.version, stores, events: -1 }));
          const count = raw.transaction('events').objectStore('events').count();
          count.onsuccess = () => {
            raw.close();
            resolve({ version: raw.version, stores, events: count.result });
          };
        };
      });

    it('that fails after a request aborts the upgrade: version 1 and its events stay', async () => {
      const name = uniqueName('async-step');
      await atVersion1(name);
      const failing: Step = {
        version: 2,
        async apply(db, tx) {
          db.createObjectStore('eventMonths', { keyPath: 'month' });
          await tx.objectStore('events').getAll();
          db.deleteObjectStore('events');
          throw new Error('step failed');
        },
      };
      await expect(openWithSteps(name, [UPGRADE_STEPS[0]!, failing])).rejects.toMatchObject({ code: 'db-unavailable' });
      expect(await inspect(name)).toEqual({ version: 1, stores: ['accounts', 'alerts', 'events', 'observations'], events: 2 });
    });

    it('that fails because the disk is full aborts the real step 2: version 1 and its events stay', async () => {
      const name = uniqueName('async-step-quota');
      await atVersion1(name);
      const realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        await expect(openSentinelDb(name)).rejects.toMatchObject({ code: 'db-unavailable' });
      } finally {
        IDBObjectStore.prototype.put = realPut;
      }
      expect(await inspect(name)).toEqual({ version: 1, stores: ['accounts', 'alerts', 'events', 'observations'], events: 2 });
      // Once space is back, the same upgrade succeeds and keeps both events.
      const db = await openSentinelDb(name);
      expect((await db.getAll('eventMonths')).map((p) => [p.month, p.events.map((e) => e.amount)])).toEqual([
        ['2026-01', [1]],
        ['2026-02', [2]],
      ]);
      db.close();
    });

    it('runs the steps after it in order, in the same upgrade', async () => {
      const name = uniqueName('async-then-sync');
      await atVersion1(name);
      const seen: string[] = [];
      const later: Step = {
        version: DB_VERSION + 1,
        apply(db) {
          seen.push([...db.objectStoreNames].sort().join());
          db.createObjectStore('later' as never, { keyPath: 'id' });
        },
      };
      const db = await openWithSteps(name, [...UPGRADE_STEPS, later]);
      expect(seen).toEqual(['accounts,alerts,eventDigests,eventMonths,eventSubjectMonths,observationDigests,observationMonths']);
      expect([...db.objectStoreNames].sort()).toEqual([
        'accounts',
        'alerts',
        'eventDigests',
        'eventMonths',
        'eventSubjectMonths',
        'later',
        'observationDigests',
        'observationMonths',
      ]);
      expect(await db.count('eventMonths')).toBe(2);
      db.close();
    });
  });
});

describe('writeTransaction', () => {
  it('aborts everything when a request fails part-way, and reports a DbError', async () => {
    const db = await freshDb();
    const failure = await writeTransaction(db, ['accounts'], async (tx) => {
      await tx.store.add(account('a'));
      await tx.store.add(account('a')); // ConstraintError: the key exists
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DbError);
    expect(failure).toMatchObject({ code: 'internal' });
    expect(await db.count('accounts')).toBe(0);
  });

  it('maps errors by name', () => {
    expect(toDbError(new DOMException('full', 'QuotaExceededError')).code).toBe('quota');
    expect(toDbError({ name: 'QuotaExceededError' }).code).toBe('quota');
    expect(toDbError(new Error('x'), 'db-unavailable').code).toBe('db-unavailable');
    expect(toDbError(new DbError('db-blocked')).code).toBe('db-blocked');
    expect(toDbError(null).code).toBe('internal');
  });

  it('leaves the raw connection usable after a failed transaction', async () => {
    const db = await freshDb();
    await writeTransaction(db, ['accounts'], async () => {
      throw new DbError('invalid-entry');
    }).catch(() => undefined);
    await db.put('accounts', account());
    expect(unwrap(db).objectStoreNames.length).toBe(7);
    expect(await db.count('accounts')).toBe(1);
  });
});

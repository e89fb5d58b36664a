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
  it('creates the version-1 stores', async () => {
    const db = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['accounts', 'alerts', 'events', 'observations']);
    expect(db.transaction('events').store.indexNames.contains('by-at')).toBe(true);
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
    const broken = [{ version: 1, apply: (db: Parameters<(typeof UPGRADE_STEPS)[number]['apply']>[0]) => {
      db.createObjectStore('accounts', { keyPath: 'id' });
      throw new Error('step failed');
    } }];
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
    expect(unwrap(db).objectStoreNames.length).toBe(4);
    expect(await db.count('accounts')).toBe(1);
  });
});

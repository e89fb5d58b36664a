// The background's copy of the rows the rules read: the same alerts as reading everything, and after
// a write only the written account is read again; a stale or unversioned account is never served
// from the copy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { readAlerts, refreshAlerts } from '../../../utils/storage/alerts';
import { accountRange, type ObservationMonth, type SentinelDb } from '../../../utils/storage/db';
import { deleteEverything, importHistory } from '../../../utils/storage/import-export';
import { ObservationCache } from '../../../utils/storage/observation-cache';
import { recordObservations } from '../../../utils/storage/observations';
import { freshDb } from './helpers';

const NOW = new Date('2026-11-23T00:00:00.000Z');
const cutFile = readFileSync(new URL('../../fixtures/histories/sample-cut.json', import.meta.url), 'utf8');
const alertsOf = async (db: SentinelDb) => (await readAlerts(db)).map(({ id, severity, at, evidence }) => ({ id, severity, at, evidence }));

/** The page store of a read transaction, counting which accounts' pages were read. */
function countingStore(db: SentinelDb, reads: string[]) {
  const store = db.transaction('observationMonths').store;
  return {
    getAll: (q?: IDBKeyRange): Promise<ObservationMonth[]> => {
      const lower = q?.lower as [string] | undefined;
      reads.push(lower?.[0] ?? '*');
      return store.getAll(q);
    },
    openCursor: (q: IDBKeyRange, d: IDBCursorDirection) => store.openCursor(q, d),
  };
}

describe('ObservationCache', () => {
  it('gives the rules the same alerts as reading every row, run after run', async () => {
    const [plain, cached] = [await freshDb(), await freshDb()];
    const cache = new ObservationCache();
    for (const db of [plain, cached]) await importHistory(db, cutFile);
    await refreshAlerts(plain, NOW, DEFAULT_RULE_SETTINGS);
    await refreshAlerts(cached, NOW, DEFAULT_RULE_SETTINGS, { cache });
    expect(await alertsOf(cached)).toEqual(await alertsOf(plain));
    // A cut recorded later: the cached run sees it.
    const cut = {
      accounts: [],
      observations: [
        { accountId: 'jiebei', at: '2026-11-22T00:00:00.000Z', totalLimit: 1000, status: 'normal' as const, source: 'page' as const },
      ],
      events: [],
    };
    for (const db of [plain, cached]) await recordObservations(db, cut);
    await refreshAlerts(plain, NOW, DEFAULT_RULE_SETTINGS);
    await refreshAlerts(cached, NOW, DEFAULT_RULE_SETTINGS, { cache });
    expect(await alertsOf(cached)).toEqual(await alertsOf(plain));
    expect((await alertsOf(cached)).some((a) => a.id === 'limit-drop|jiebei')).toBe(true);
  });

  it('reads again only the account that was written', async () => {
    const db = await freshDb();
    await importHistory(db, cutFile);
    const cache = new ObservationCache();
    const reads: string[] = [];
    const accounts = await db.getAll('accounts');
    const first = await cache.read(countingStore(db, reads), accounts);
    expect(reads.sort()).toEqual(accounts.map((a) => a.id).sort());
    expect(first.length).toBe((await db.getAll('observationMonths')).reduce((n, p) => n + p.rows.length, 0));

    reads.length = 0;
    await recordObservations(db, {
      accounts: [],
      observations: [{ accountId: 'jiebei', at: '2026-11-22T00:00:00.000Z', totalLimit: 1000, status: 'normal', source: 'page' }],
      events: [],
    });
    const after = await db.getAll('accounts');
    const again = await cache.read(countingStore(db, reads), after);
    expect(reads).toEqual(['jiebei']);
    expect(again).toHaveLength(first.length + 1);
    expect(again.filter((o) => o.accountId === 'jiebei')).toEqual(
      (await db.getAll('observationMonths', accountRange('jiebei'))).flatMap((p) => p.rows),
    );
  });

  it('never serves an account without a version, and forgets deleted accounts', async () => {
    const db = await freshDb();
    await importHistory(db, cutFile);
    const cache = new ObservationCache();
    const unversioned = (await db.getAll('accounts')).map(({ pagesVersion: _v, ...a }) => a);
    const reads: string[] = [];
    await cache.read(countingStore(db, reads), unversioned);
    await cache.read(countingStore(db, reads), unversioned);
    expect(reads).toHaveLength(unversioned.length * 2);
    expect(cache.size).toBe(0);
    const versioned = await db.getAll('accounts');
    await cache.read(countingStore(db, []), versioned);
    expect(cache.size).toBeGreaterThan(0);
    await deleteEverything(db);
    const none = await db.getAll('accounts');
    expect(await cache.read(countingStore(db, []), none)).toEqual([]);
    expect(cache.size).toBe(0);
  });
});

// The popup's view: latest observation, first/last seen, counts and utilisation per account, read
// with a fixed number of requests per account however long the history is.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDashboard, utilization } from '../../../utils/storage/dashboard';
import { importHistory } from '../../../utils/storage/import-export';
import { recordObservations } from '../../../utils/storage/observations';
import { account, freshDb, minute, observation } from './helpers';

const sample = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/histories/${name}`, import.meta.url)), 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readDashboard', () => {
  it('summarises each account from its latest observation, sorted by lender then product', async () => {
    const db = await freshDb();
    await importHistory(db, sample('sample-cut.json'));
    const { accounts, totals } = await readDashboard(db);
    expect(totals).toEqual({ observations: 9 });
    // Pinyin order: 京东 (jing) < 微众银行 (wei) < 支付宝 (zhi).
    expect(accounts.map((a) => a.account.id)).toEqual(['jd-baitiao', 'manual:微众银行/微粒贷', 'jiebei']);
    const [jd, weilidai, jiebei] = accounts;
    expect(jd).toMatchObject({ observationCount: 4, firstSeenAt: '2026-06-01T10:00:00.000Z', lastSeenAt: '2026-11-20T10:00:00.000Z' });
    expect(jd?.latest).toMatchObject({ at: '2026-10-28T10:00:00.000Z', status: 'limited', totalLimit: 0 });
    expect(jd?.utilization).toBeUndefined(); // a zero limit has no utilisation
    expect(weilidai).toMatchObject({ observationCount: 2, lastSeenAt: '2026-11-12T13:00:00.000Z' });
    expect(weilidai?.utilization).toBeUndefined();
    expect(jiebei).toMatchObject({
      observationCount: 3,
      utilization: 1,
      latest: expect.objectContaining({ statusText: '综合评估暂未通过' }),
    });
  });

  it('lists an account with no observations yet', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [account()], observations: [], events: [] });
    expect((await readDashboard(db)).accounts).toEqual([{ account: account(), observationCount: 0 }]);
  });

  it('reads only the account rows and the alerts (the popup stays flat in history size)', async () => {
    const db = await freshDb();
    const rows = Array.from({ length: 200 }, (_, i) => observation(i, { availableLimit: 30000 + i }));
    await recordObservations(db, { accounts: [account(), account('other', { lender: '其他' })], observations: rows, events: [] });
    await recordObservations(db, { accounts: [], observations: [observation(0, { accountId: 'other' })], events: [] });
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const openCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    const continueCursor = vi.spyOn(IDBCursor.prototype, 'continue');
    const count = vi.spyOn(IDBObjectStore.prototype, 'count'); // walks its key range: never on the popup's path
    const dashboard = await readDashboard(db);
    expect(count).not.toHaveBeenCalled();
    expect(getAll.mock.contexts.map((store) => (store as IDBObjectStore).name)).toEqual(['accounts', 'alerts']); // alerts: one row per rule and account at most
    expect(openCursor).not.toHaveBeenCalled(); // the account rows carry their summaries
    expect(continueCursor).not.toHaveBeenCalled();
    expect(dashboard.accounts.find((a) => a.account.id === 'jd-baitiao')).toMatchObject({
      observationCount: 200,
      latest: expect.objectContaining({ at: minute(199), availableLimit: 30199 }),
    });
  });
});

describe('utilization', () => {
  it.each([
    ['used / total', { totalLimit: 50000, usedAmount: 12500 }, 0.25],
    ['(total − available) / total when used is absent', { totalLimit: 50000, availableLimit: 40000 }, 0.2],
    ['used wins over available', { totalLimit: 100, availableLimit: 90, usedAmount: 50 }, 0.5],
    ['clamped to 1 when over the limit', { totalLimit: 100, usedAmount: 150 }, 1],
    ['undefined with a zero total', { totalLimit: 0, usedAmount: 10 }, undefined],
    ['undefined without a total', { usedAmount: 10 }, undefined],
    ['undefined with only a total', { totalLimit: 100, availableLimit: undefined, usedAmount: undefined }, undefined],
  ])('%s', (_name, values, expected) => {
    expect(utilization(observation(0, { totalLimit: undefined, availableLimit: undefined, usedAmount: undefined, ...values }))).toBe(
      expected,
    );
  });
});

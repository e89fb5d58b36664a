// Version 2 → 3 on a frozen database (tests/fixtures/db/v2-site-ids.json): tracked sites' account
// ids held the page title's lender; they become the host and the line, accounts that become one
// are merged, and every observation and event row is kept (moved, never dropped).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../utils/model/history-schema';
import type { Observation } from '../../../utils/model/types';
import { readDashboard } from '../../../utils/storage/dashboard';
import { eventKey, openSentinelDb, type StoredEvent } from '../../../utils/storage/db';
import { compareEvents, monthOf } from '../../../utils/storage/event-months';
import { exportHistory } from '../../../utils/storage/import-export';
import { siteIdV3 } from '../../../utils/storage/migrations/v3-site-ids';
import { buildFrozenDb, FIXTURE_DIR, type FrozenDb } from './frozen-db';
import { FIXED_NOW, storedObservations, uniqueName } from './helpers';
import { storedEvents } from './stored-events';

const fixture = JSON.parse(readFileSync(join(FIXTURE_DIR, 'v2-site-ids.json'), 'utf8')) as FrozenDb;
const rows = <T>(store: string) => fixture.stores[store]!.rows as unknown as T[];

async function upgraded() {
  const name = uniqueName('v2-site-ids');
  await buildFrozenDb(name, fixture);
  return openSentinelDb(name);
}

/** Where each old account goes. */
const MAP: Record<string, string> = {
  'jd-baitiao': 'jd-baitiao',
  'site:loan.example.com': 'site:loan.example.com',
  'site:h5.lender.example/我的': 'site:h5.lender.example',
  'site:h5.lender.example/我的额度': 'site:h5.lender.example',
  'site:bank.example/某银行信用卡/白金卡': 'site:bank.example/白金卡',
  'site:bank.example/某银行信用卡/白金卡#2': 'site:bank.example/白金卡#2',
  'site:bank.example/尾号1234': 'site:bank.example/尾号1234',
  'site:bank.example/某银行/尾号1234': 'site:bank.example/尾号1234',
};

describe('siteIdV3', () => {
  it.each([
    ['site:h5.lender.example/我的', undefined, 'site:h5.lender.example'],
    ['site:bank.example/某银行/尾号1234', '尾号1234', 'site:bank.example/尾号1234'],
    ['site:bank.example/尾号1234', '尾号1234', 'site:bank.example/尾号1234'],
    ['site:bank.example/某银行/白金卡#3', '白金卡', 'site:bank.example/白金卡#3'],
    ['site:loan.example.com', undefined, 'site:loan.example.com'],
    ['site:loan.example.com#2', undefined, 'site:loan.example.com#2'],
  ])('%s (product %s) → %s', (id, product, expected) => expect(siteIdV3(id, product)).toBe(expected));
  it('stays within 80 characters, #n included', () => {
    expect(siteIdV3(`site:h.example/${'甲'.repeat(70)}/${'乙'.repeat(70)}#2`, '乙'.repeat(70))).toHaveLength(80);
  });
});

describe('a version-2 database with title-named site accounts, opened by version 3', () => {
  it('maps every account to its new id, merging the ones that become one, named by the host', async () => {
    const db = await upgraded();
    const accounts = await db.getAll('accounts');
    expect(accounts.map((a) => a.id).sort()).toEqual([...new Set(Object.values(MAP))].sort());
    expect(accounts.find((a) => a.id === 'site:h5.lender.example')).toEqual({
      id: 'site:h5.lender.example',
      lender: 'h5.lender.example',
      kind: 'credit-line',
    });
    expect(accounts.find((a) => a.id === 'site:bank.example/尾号1234')).toEqual({
      id: 'site:bank.example/尾号1234',
      lender: 'bank.example',
      product: '尾号1234',
      kind: 'credit-card',
    });
    // Untouched: an adapter's account, and a site account whose id already was the host.
    expect(accounts.find((a) => a.id === 'jd-baitiao')).toEqual(rows<{ id: string }>('accounts')[0]);
    expect(accounts.find((a) => a.id === 'site:loan.example.com')).toEqual({ id: 'site:loan.example.com', lender: 'loan.example.com' });
    db.close();
  });

  it('keeps every observation: moved under the new id, one that met another at the same instant a millisecond on', async () => {
    const db = await upgraded();
    const stored = await storedObservations(db);
    const before = rows<Observation>('observations');
    expect(stored).toHaveLength(before.length);
    const moved = before.map((o) => ({ ...o, accountId: MAP[o.accountId]! }));
    // 我的 and 我的额度 were both seen at 2026-10-10T08:00: one of the two is now at .001.
    const clash = moved.filter((o) => o.accountId === 'site:h5.lender.example' && o.at === '2026-10-10T08:00:00.000Z');
    expect(clash).toHaveLength(2);
    const found = stored.filter((o) => o.accountId === 'site:h5.lender.example').map((o) => o.at);
    expect(found).toEqual(['2026-10-01T08:00:00.000Z', '2026-10-10T08:00:00.000Z', '2026-10-10T08:00:00.001Z', '2026-11-01T08:00:00.000Z']);
    const strip = ({ at: _a, lastSeenAt: _l, ...o }: Observation) => JSON.stringify(o);
    expect(stored.map(strip).sort()).toEqual(moved.map(strip).sort());
    // The history continues under one id: the limit cut 20,000 → 10,000 is now visible to the rules.
    expect(stored.filter((o) => o.accountId === 'site:h5.lender.example').map((o) => o.totalLimit)).toEqual([20000, 20000, 20000, 10000]);
    db.close();
  });

  it('keeps every event, naming the new account under today’s key (a key met twice gets #2)', async () => {
    const db = await upgraded();
    const events = await storedEvents(db);
    const before = rows<{ events: StoredEvent[] }>('eventMonths').flatMap((p) => p.events);
    expect(events).toHaveLength(before.length);
    expect(events.map((e) => e.accountId ?? null).sort()).toEqual(before.map((e) => (e.accountId ? MAP[e.accountId]! : null)).sort());
    const keys = events.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    const borrows = events.filter((e) => e.accountId === 'site:h5.lender.example' && e.kind === 'borrow');
    const { key: _k, ...plain } = borrows[0]!;
    expect(borrows.map((e) => e.key)).toEqual([eventKey(plain), `${eventKey(plain)}#2`]);
    for (const page of await db.getAll('eventMonths')) {
      expect(page.events.every((e) => monthOf(e.at) === page.month)).toBe(true);
      expect([...page.events].sort(compareEvents)).toEqual(page.events);
    }
    db.close();
  });

  it('renames alerts with their account; of two that become one, the one updated last stays', async () => {
    const db = await upgraded();
    const alerts = await db.getAll('alerts');
    expect(alerts.map((a) => a.id).sort()).toEqual([
      'limit-drop|jd-baitiao',
      'limit-drop|site:h5.lender.example',
      'status-worsened|site:bank.example/白金卡#2',
    ]);
    expect(alerts.find((a) => a.id === 'limit-drop|site:h5.lender.example')).toMatchObject({
      accountId: 'site:h5.lender.example',
      state: 'seen',
      updatedAt: '2026-11-01T09:00:00.000Z',
    });
    db.close();
  });

  it('makes a valid history and a dashboard with the merged counts', async () => {
    const db = await upgraded();
    expect(parseHistory(await exportHistory(db, FIXED_NOW)).ok).toBe(true);
    const board = await readDashboard(db);
    const h5 = board.accounts.find((a) => a.account.id === 'site:h5.lender.example');
    expect(h5?.latest).toMatchObject({ totalLimit: 10000, at: '2026-11-01T08:00:00.000Z' });
    expect(board.accounts.find((a) => a.account.id === 'site:bank.example/尾号1234')?.latest?.totalLimit).toBe(60000);
    db.close();
  });
});

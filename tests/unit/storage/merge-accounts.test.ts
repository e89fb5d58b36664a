// Corrections: two ids that are one account become one. Every row moves, none is lost (a clash in
// time is moved 1 ms later), the other accounts are untouched, and the export imports back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../utils/model/history-schema';
import type { HistoryFile } from '../../../utils/model/types';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { readAlerts, refreshAlerts } from '../../../utils/storage/alerts';
import { exportHistory, importHistory } from '../../../utils/storage/import-export';
import { mergeAccounts } from '../../../utils/storage/merge-accounts';
import { recordObservations } from '../../../utils/storage/observations';
import { account, FIXED_NOW, freshDb, minute, observation, snapshot } from './helpers';

const sample = readFileSync(new URL('../../fixtures/histories/sample-cut.json', import.meta.url), 'utf8');
const exported = (db: Parameters<typeof snapshot>[0]): Promise<HistoryFile> => exportHistory(db, FIXED_NOW);
const strip = (f: HistoryFile) => JSON.stringify({ ...f, exportedAt: '' });

async function twoPages() {
  const db = await freshDb();
  await recordObservations(db, {
    accounts: [
      account(),
      account('site:card.jd.com', { lender: '京东金融', product: undefined, kind: undefined }),
      account('other', { lender: '其他' }),
    ],
    observations: [
      observation(0),
      observation(10, { totalLimit: 40000 }),
      // The same card read on another page: one view at the very same instant, one in between.
      observation(10, { accountId: 'site:card.jd.com', totalLimit: 39999, lastSeenAt: minute(10) }),
      observation(5, { accountId: 'site:card.jd.com', totalLimit: 45000, lastSeenAt: minute(7) }),
      observation(3, { accountId: 'other' }),
    ],
    events: [
      { at: minute(2), kind: 'borrow', accountId: 'jd-baitiao', amount: 500, source: 'manual' },
      // The same borrow logged on both ids: after the move it would be the same content.
      { at: minute(2), kind: 'borrow', accountId: 'site:card.jd.com', amount: 500, source: 'manual' },
      { at: '2026-12-01T00:00:00.000Z', kind: 'repay', accountId: 'site:card.jd.com', amount: 500, full: true, source: 'manual' },
      { at: minute(1), kind: 'inquiry', lender: '某银行', source: 'credit-report' },
    ],
  });
  return db;
}

describe('merging two accounts', () => {
  it('moves every observation and event to `into`, keeps both values of a shared instant, and leaves other rows alone', async () => {
    const db = await twoPages();
    const before = await exported(db);
    const result = await mergeAccounts(db, 'site:card.jd.com', 'jd-baitiao');
    expect(result).toEqual({ ok: true, value: { observations: 2, events: 2, shifted: 2 } });
    const after = await exported(db);
    expect(after.accounts).toEqual([account(), account('other', { lender: '其他' })]);
    expect(after.observations.length).toBe(before.observations.length);
    expect(after.events.length).toBe(before.events.length);
    // The other account's rows and the event without an account are exactly as they were.
    expect(after.observations.filter((o) => o.accountId === 'other')).toEqual(before.observations.filter((o) => o.accountId === 'other'));
    expect(after.events.filter((e) => e.accountId === undefined)).toEqual(before.events.filter((e) => e.accountId === undefined));
    const jd = after.observations.filter((o) => o.accountId === 'jd-baitiao');
    const later = new Date(Date.parse(minute(10)) + 1).toISOString();
    expect(jd.map((o) => [o.at, o.totalLimit, o.lastSeenAt])).toEqual([
      [minute(0), 50000, undefined],
      [minute(5), 45000, minute(7)],
      [minute(10), 40000, undefined],
      [later, 39999, later], // lastSeenAt never before at
    ]);
    const later2 = new Date(Date.parse(minute(2)) + 1).toISOString();
    expect(after.events.filter((e) => e.accountId === 'jd-baitiao').map((e) => [e.at, e.kind])).toEqual([
      [minute(2), 'borrow'],
      [later2, 'borrow'],
      ['2026-12-01T00:00:00.000Z', 'repay'],
    ]);
    // The bookkeeping of `into` is computed from all its rows.
    expect(await db.get('accounts', 'jd-baitiao')).toMatchObject({ observationCount: 4, latest: { at: later }, firstSeenAt: minute(0) });
    expect(await db.get('accounts', 'site:card.jd.com')).toBeUndefined();
    // A valid history file that imports back into an empty profile as the same file.
    const parsed = parseHistory(JSON.parse(JSON.stringify(after)));
    expect(parsed.ok).toBe(true);
    const copy = await freshDb();
    expect(await importHistory(copy, JSON.stringify(after), { now: new Date('2026-12-02T00:00:00.000Z') })).toMatchObject({
      ok: true,
      added: { accounts: 2, observations: 5, events: 4 },
    });
    expect(strip(await exported(copy))).toBe(strip(after));
  });

  it('fills a missing product or kind of `into` from `from`, and keeps its names', async () => {
    const db = await freshDb();
    await recordObservations(db, {
      accounts: [
        account('a', { lender: '甲', product: undefined, kind: undefined }),
        account('b', { lender: '乙', product: '卡', kind: 'credit-card' }),
      ],
      observations: [observation(0, { accountId: 'b' })],
      events: [],
    });
    await mergeAccounts(db, 'b', 'a');
    expect((await exported(db)).accounts).toEqual([{ id: 'a', lender: '甲', product: '卡', kind: 'credit-card' }]);
    expect(await db.get('accounts', 'a')).toMatchObject({ observationCount: 1, firstSeenAt: minute(0) });
  });

  it('drops the alerts of `from`; the rule run then finds them on `into` where they still hold', async () => {
    const db = await freshDb();
    await importHistory(db, sample, { now: FIXED_NOW });
    await recordObservations(db, {
      accounts: [account('jd-copy', { lender: '京东' })],
      observations: [observation(0, { accountId: 'jd-copy', at: '2026-06-01T00:00:00.000Z' })],
      events: [],
    });
    const now = new Date('2026-11-23T00:00:00.000Z');
    await refreshAlerts(db, now, DEFAULT_RULE_SETTINGS);
    const ids = (await readAlerts(db)).map((a) => a.id);
    expect(ids).toContain('limit-drop|jd-baitiao');
    // Merged the other way round: the cut account's id disappears, its alert with it …
    await mergeAccounts(db, 'jd-baitiao', 'jd-copy');
    expect((await readAlerts(db)).filter((a) => a.accountId === 'jd-baitiao')).toEqual([]);
    // … and the run finds the cut on the account that now holds its rows.
    await refreshAlerts(db, now, DEFAULT_RULE_SETTINGS);
    expect((await readAlerts(db)).map((a) => a.id)).toContain('limit-drop|jd-copy');
  });

  it('refuses an unknown id or a merge into itself, changing nothing', async () => {
    const db = await twoPages();
    const text = await snapshot(db);
    expect(await mergeAccounts(db, 'nobody', 'jd-baitiao')).toEqual({
      ok: false,
      problem: { path: 'from', expected: 'an existing account' },
    });
    expect(await mergeAccounts(db, 'other', 'nobody')).toEqual({ ok: false, problem: { path: 'into', expected: 'an existing account' } });
    expect(await mergeAccounts(db, 'other', 'other')).toMatchObject({ ok: false, problem: { path: 'into' } });
    expect(await snapshot(db)).toBe(text);
  });
});

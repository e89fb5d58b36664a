// ui:add-event (the popup's quick log) on a real (fake-indexeddb) database: what is stored, what is
// refused with which path, and that the rules are told.
import { describe, expect, it } from 'vitest';
import { CLOCK_TOLERANCE_MS } from '../../../utils/capture/event-entry';
import { expectedText } from '../../../utils/i18n/expected';
import type { EventEntry } from '../../../utils/messaging/protocol';
import type { SenderLike } from '../../../utils/messaging/sender';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { readAlerts, refreshAlerts } from '../../../utils/storage/alerts';
import { account, FIXED_NOW, freshDb, snapshot } from '../storage/helpers';
import { handlerFor, ID, popup } from './support';

const tab: SenderLike = { id: ID, url: 'https://h5.lender.example/credit', tab: { id: 5 }, frameId: 0 };
const DAY = '2026-11-20T16:00:00.000Z'; // 2026-11-21 00:00 in China

async function setup(runRules = false) {
  const db = await freshDb();
  let stored = 0;
  const handle = handlerFor(db, {
    onStored: async () => {
      stored++;
      if (runRules) await refreshAlerts(db, FIXED_NOW, DEFAULT_RULE_SETTINGS);
    },
  });
  const add = (entry: Partial<EventEntry> & Pick<EventEntry, 'kind'>) =>
    handle({ type: 'ui:add-event', entry: { at: DAY, ...entry } }, popup);
  const file = async () => JSON.parse(await snapshot(db)) as { accounts: unknown[]; events: unknown[] };
  return { db, handle, add, file, storedCount: () => stored };
}

describe('ui:add-event', () => {
  it('stores an application as a manual event (pending by default) and tells the rules', async () => {
    const { add, file, storedCount } = await setup();
    expect(await add({ kind: 'application', lender: ' 招商银行 ' })).toEqual({ ok: true, added: 1 });
    expect((await file()).events).toEqual([{ at: DAY, kind: 'application', lender: '招商银行', outcome: 'pending', source: 'manual' }]);
    expect((await file()).accounts).toEqual([]); // an application opens no account
    expect(storedCount()).toBe(1);
  });

  it('adds nothing for the same event twice, and does not re-run the rules for it', async () => {
    const { add, file, storedCount } = await setup();
    const entry = { kind: 'borrow', lender: '蚂蚁', product: '借呗', amount: 5000 } as const;
    expect(await add(entry)).toEqual({ ok: true, added: 1 });
    expect(await add(entry)).toEqual({ ok: true, added: 0 });
    expect((await file()).events).toHaveLength(1);
    expect(storedCount()).toBe(1);
    // A different amount on the same day is another event.
    expect(await add({ ...entry, amount: 5000.5 })).toEqual({ ok: true, added: 1 });
  });

  it('creates the account a new lender names, as manual entry does, and reuses it', async () => {
    const { add, file } = await setup();
    await add({ kind: 'borrow', lender: '蚂蚁', product: '借呗', amount: 5000 });
    await add({ kind: 'repay', accountId: 'manual:蚂蚁/借呗', amount: 5000, full: true, at: '2026-11-22T16:00:00.000Z' });
    await add({ kind: 'repay', lender: '微众', full: true });
    const { accounts, events } = await file();
    expect(accounts).toEqual([
      { id: 'manual:微众', lender: '微众' },
      { id: 'manual:蚂蚁/借呗', lender: '蚂蚁', product: '借呗' },
    ]);
    expect(events).toEqual([
      { at: DAY, kind: 'borrow', accountId: 'manual:蚂蚁/借呗', amount: 5000, source: 'manual' },
      { at: DAY, kind: 'repay', accountId: 'manual:微众', full: true, source: 'manual' },
      { at: '2026-11-22T16:00:00.000Z', kind: 'repay', accountId: 'manual:蚂蚁/借呗', amount: 5000, full: true, source: 'manual' },
    ]);
  });

  it('ties an event to an existing account, and names its lender on an application', async () => {
    const { db, add, file } = await setup();
    await db.put('accounts', account('jd-jintiao', { product: '金条', kind: 'credit-line' }));
    expect(await add({ kind: 'borrow', accountId: 'jd-jintiao', amount: 800 })).toEqual({ ok: true, added: 1 });
    expect(await add({ kind: 'application', accountId: 'jd-jintiao', outcome: 'rejected' })).toEqual({ ok: true, added: 1 });
    expect((await file()).events).toEqual([
      { at: DAY, kind: 'application', accountId: 'jd-jintiao', lender: '京东', outcome: 'rejected', source: 'manual' },
      { at: DAY, kind: 'borrow', accountId: 'jd-jintiao', amount: 800, source: 'manual' },
    ]);
  });

  it('re-runs the rules, which count logged applications (frequent-applications)', async () => {
    const { db, add } = await setup(true);
    await add({ kind: 'application', lender: '招商银行' });
    await add({ kind: 'application', lender: '蚂蚁', at: '2026-11-10T16:00:00.000Z', outcome: 'rejected' });
    expect((await readAlerts(db)).map((a) => a.rule)).not.toContain('frequent-applications');
    await add({ kind: 'application', lender: '微众', at: '2026-11-01T16:00:00.000Z' });
    expect((await readAlerts(db)).map((a) => a.rule)).toContain('frequent-applications');
  });

  it('refuses events after now, beyond a small clock tolerance', async () => {
    const { add, db } = await setup();
    const before = await snapshot(db);
    const later = new Date(FIXED_NOW.getTime() + CLOCK_TOLERANCE_MS + 1000).toISOString();
    expect(await add({ kind: 'application', lender: '招商银行', at: later })).toEqual({
      ok: false,
      code: 'invalid-entry',
      path: 'at',
      expected: 'a time not in the future',
    });
    expect(await add({ kind: 'application', lender: '招商银行', at: '2026-11-24T00:00:00+08:00' })).toMatchObject({
      ok: false,
      path: 'at',
    });
    expect(await snapshot(db)).toBe(before);
    const skewed = new Date(FIXED_NOW.getTime() + 60_000).toISOString();
    expect(await add({ kind: 'application', lender: '招商银行', at: skewed })).toEqual({ ok: true, added: 1 });
  });

  it.each([
    ['a borrow without an amount', { kind: 'borrow', lender: '蚂蚁' }, 'amount', 'a positive amount'],
    ['a borrow of 0', { kind: 'borrow', lender: '蚂蚁', amount: 0 }, 'amount', 'a positive amount'],
    ['a negative repay', { kind: 'repay', lender: '蚂蚁', amount: -5 }, 'amount', 'a positive amount, or "full"'],
    [
      'a third decimal',
      { kind: 'borrow', lender: '蚂蚁', amount: 1.234 },
      'amount',
      'a non-negative number of yuan with at most 2 decimals',
    ],
    [
      'an amount past the format’s cap',
      { kind: 'borrow', lender: '蚂蚁', amount: 2e12 },
      'amount',
      'a non-negative number of yuan with at most 2 decimals',
    ],
    ['no lender and no account', { kind: 'repay', amount: 5 }, 'lender', 'the lender or an existing account'],
    ['an application without a lender', { kind: 'application' }, 'lender', 'the lender or an existing account'],
    ['an unknown account', { kind: 'borrow', accountId: 'nope', amount: 5 }, 'accountId', 'an existing account'],
    [
      'an outcome on a borrow',
      { kind: 'borrow', lender: '蚂蚁', amount: 5, outcome: 'approved' },
      'outcome',
      'an outcome only on an application',
    ],
    ['"full" on an application', { kind: 'application', lender: '蚂蚁', full: true }, 'full', '"full" only on a repay'],
    [
      'a time without a zone',
      { kind: 'application', lender: '蚂蚁', at: '2026-11-20' },
      'at',
      'an ISO 8601 time with a time zone, e.g. 2026-10-01T10:00:00.000Z',
    ],
  ] as const)('refuses %s with the path and what was expected, writing nothing', async (_name, entry, path, expected) => {
    const { add, db, storedCount } = await setup();
    const before = await snapshot(db);
    expect(await add(entry as EventEntry)).toEqual({ ok: false, code: 'invalid-entry', path, expected });
    expect(await snapshot(db)).toBe(before);
    expect(storedCount()).toBe(0);
    expect(expectedText('zh', expected)).toMatch(/[\u4e00-\u9fff]/); // said in Chinese in the popup
  });

  it.each([
    ['a kind the quick log does not log', { kind: 'inquiry', lender: '蚂蚁', at: DAY }],
    ['an unknown field', { kind: 'application', lender: '蚂蚁', at: DAY, reason: 'x' }],
    ['a source chosen by the sender', { kind: 'application', lender: '蚂蚁', at: DAY, source: 'page' }],
    ['an amount that is text', { kind: 'borrow', lender: '蚂蚁', at: DAY, amount: '5000' }],
    ['an empty lender', { kind: 'application', lender: '  ', at: DAY }],
  ])('refuses %s as a bad message', async (_name, entry) => {
    const { handle, db } = await setup();
    const before = await snapshot(db);
    expect(await handle({ type: 'ui:add-event', entry }, popup)).toEqual({ ok: false, code: 'bad-message' });
    expect(await snapshot(db)).toBe(before);
  });

  it('is for extension pages only', async () => {
    const { handle, db } = await setup();
    const before = await snapshot(db);
    expect(await handle({ type: 'ui:add-event', entry: { kind: 'application', lender: '蚂蚁', at: DAY } }, tab)).toEqual({
      ok: false,
      code: 'forbidden',
    });
    expect(await snapshot(db)).toBe(before);
  });
});

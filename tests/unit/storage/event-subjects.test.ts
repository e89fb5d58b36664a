// Events kept per subject and month beside the month pages: every writer keeps the two in step, and
// one account's chart reads only its own pages and its lender's.
import { describe, expect, it } from 'vitest';
import type { HistoryEvent, HistoryFile } from '../../../utils/model/types';
import { readAccountHistory } from '../../../utils/storage/account-history';
import { writeTransaction } from '../../../utils/storage/db';
import { eventSubject, readSubjectEvents } from '../../../utils/storage/event-subjects';
import { deleteEverything, exportHistory, importHistory } from '../../../utils/storage/import-export';
import { mergeAccounts } from '../../../utils/storage/merge-accounts';
import { removeEvent, restoreRow } from '../../../utils/storage/remove-rows';
import { account, FIXED_NOW, freshDb } from './helpers';
import { expectSubjectPagesMatch } from './subject-pages';

const borrow = (at: string, accountId: string, amount = 500): HistoryEvent => ({ at, kind: 'borrow', accountId, amount, source: 'import' });
const inquiry = (at: string, lender: string): HistoryEvent => ({
  at,
  kind: 'inquiry',
  lender,
  reason: '贷款审批',
  source: 'credit-report',
});

const file = (events: HistoryEvent[]): HistoryFile => ({
  format: 'limit-sentinel.history',
  version: 1,
  exportedAt: FIXED_NOW.toISOString(),
  accounts: [account('jd-baitiao'), account('jiebei', { lender: '支付宝', product: '借呗', kind: 'credit-line' })],
  observations: [
    { accountId: 'jd-baitiao', at: '2026-01-01T00:00:00.000Z', totalLimit: 5000, status: 'normal', source: 'page' },
    { accountId: 'jiebei', at: '2026-01-01T00:00:00.000Z', totalLimit: 8000, status: 'normal', source: 'page' },
  ],
  events,
});

const load = async (db: Awaited<ReturnType<typeof freshDb>>) =>
  expect(await importHistory(db, JSON.stringify(file(EVENTS)), { now: FIXED_NOW })).toMatchObject({ ok: true });

const EVENTS = [
  borrow('2026-01-05T00:00:00.000Z', 'jd-baitiao'),
  borrow('2026-01-06T00:00:00.000Z', 'jiebei'),
  borrow('2026-02-05T00:00:00.000Z', 'jd-baitiao', 700),
  inquiry('2026-02-07T00:00:00.000Z', '京东'),
  inquiry('2026-03-07T00:00:00.000Z', '招商 银行'),
];

describe('eventSubject', () => {
  it('is the account an event names, else its lender folded as the rules fold it, else none', () => {
    expect(eventSubject({ accountId: 'jd-baitiao', lender: '京东' })).toBe('a:jd-baitiao');
    expect(eventSubject({ lender: '招商 银行' })).toBe('l:招商银行');
    expect(eventSubject({})).toBeUndefined();
  });
});

describe('subject pages', () => {
  it('follow an import, a removal, an undo, a merge and a wipe', async () => {
    const db = await freshDb();
    await load(db);
    await expectSubjectPagesMatch(db);
    expect((await db.getAll('eventSubjectMonths')).map((p) => [p.subject, p.month, p.events.length])).toEqual([
      ['a:jd-baitiao', '2026-01', 1],
      ['a:jd-baitiao', '2026-02', 1],
      ['a:jiebei', '2026-01', 1],
      ['l:京东', '2026-02', 1],
      ['l:招商银行', '2026-03', 1],
    ]);

    const [page] = await db.getAll('eventMonths');
    const removed = await removeEvent(db, page!.events[0]!.key);
    expect(removed.ok).toBe(true);
    await expectSubjectPagesMatch(db);
    expect(await db.get('eventSubjectMonths', ['a:jd-baitiao', '2026-01'])).toBeUndefined();
    if (removed.ok) expect(await restoreRow(db, { event: removed.value })).toEqual({ ok: true, value: 1 });
    await expectSubjectPagesMatch(db);

    expect((await mergeAccounts(db, 'jiebei', 'jd-baitiao')).ok).toBe(true);
    await expectSubjectPagesMatch(db);
    expect(await db.get('eventSubjectMonths', ['a:jiebei', '2026-01'])).toBeUndefined();
    expect((await db.get('eventSubjectMonths', ['a:jd-baitiao', '2026-01']))?.events).toHaveLength(2);

    await deleteEverything(db);
    expect(await db.count('eventSubjectMonths')).toBe(0);
  });

  it('a capture of one event writes one subject page', async () => {
    const db = await freshDb();
    await load(db);
    let puts = 0;
    await writeTransaction(db, ['eventMonths', 'eventSubjectMonths'], async (tx) => {
      const subjects = tx.objectStore('eventSubjectMonths');
      const { addEvents } = await import('../../../utils/storage/event-months');
      return addEvents(tx.objectStore('eventMonths'), { put: (p) => (puts++, subjects.put(p)), delete: (k) => subjects.delete(k) }, [
        borrow('2026-02-09T00:00:00.000Z', 'jiebei'),
      ]);
    });
    expect(puts).toBe(1);
    await expectSubjectPagesMatch(db);
  });

  it('reads one subject over a month range only', async () => {
    const db = await freshDb();
    await load(db);
    const store = db.transaction('eventSubjectMonths').store;
    expect((await readSubjectEvents(store, ['a:jd-baitiao'], '2026-02', '2026-12')).map((e) => e.amount)).toEqual([700]);
    expect((await readSubjectEvents(store, ['a:jd-baitiao', 'l:京东'])).map((e) => e.at)).toEqual([
      '2026-01-05T00:00:00.000Z',
      '2026-02-05T00:00:00.000Z',
      '2026-02-07T00:00:00.000Z',
    ]);
  });

  it('gives the chart the account’s events and its lender’s inquiries, in time order, and nobody else’s', async () => {
    const db = await freshDb();
    await load(db);
    const history = await readAccountHistory(db, 'jd-baitiao', {
      from: '2025-12-01T00:00:00.000Z',
      to: FIXED_NOW.toISOString(),
      columns: 100,
    });
    expect(history?.events.map((e) => [e.kind, e.at])).toEqual([
      ['borrow', Date.parse('2026-01-05T00:00:00.000Z')],
      ['borrow', Date.parse('2026-02-05T00:00:00.000Z')],
      ['inquiry', Date.parse('2026-02-07T00:00:00.000Z')],
    ]);
    // The export still lists every event once.
    expect((await exportHistory(db, FIXED_NOW)).events).toHaveLength(EVENTS.length);
  });
});

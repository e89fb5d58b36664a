// The dashboard's reads: one account's chart over a range (bounded points, the row carried in, the
// marks and the lender's events), its raw rows newest first in pages, and the timeline in pages with
// filters. Each reads only the month pages it needs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEvent, Observation } from '../../../utils/model/types';
import { readAccountHistory, readObservationPage } from '../../../utils/storage/account-history';
import { recordObservations } from '../../../utils/storage/observations';
import { readEventLenders, readTimeline } from '../../../utils/storage/timeline';
import { account, freshDb } from './helpers';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1, 10);
const iso = (day: number) => new Date(START + day * DAY).toISOString();

/** `days` daily rows of jd-baitiao (values change daily), a status change and 提额 entries, and events. */
async function stored(days: number) {
  const db = await freshDb();
  const observations: Observation[] = Array.from({ length: days }, (_, d) => ({
    accountId: 'jd-baitiao',
    at: iso(d),
    totalLimit: d < 600 ? 50000 : 30000,
    availableLimit: (d < 600 ? 50000 : 30000) - 1000 - (d % 40) * 100,
    status: d === 650 ? 'limited' : 'normal',
    ...(d === 100 && { increaseAvailable: true }),
    ...(d === 500 && { increaseAvailable: false }),
    source: 'page',
  }));
  if (days > 300) observations[300]!.totalLimit = 90000; // a one-day reading: the chart must still show it
  const events: HistoryEvent[] = [
    { at: iso(10), kind: 'borrow', accountId: 'jd-baitiao', amount: 2000, source: 'import' },
    { at: iso(12), kind: 'repay', accountId: 'jd-baitiao', amount: 2000, full: true, source: 'import' },
    { at: iso(400), kind: 'inquiry', lender: '京 东', reason: '贷款审批', source: 'credit-report' },
    { at: iso(401), kind: 'inquiry', lender: '招商银行', reason: '信用卡审批', source: 'credit-report' },
    { at: iso(402), kind: 'borrow', accountId: 'jiebei', amount: 100, source: 'manual' },
  ];
  await recordObservations(db, {
    accounts: [account(), account('jiebei', { lender: '支付宝', product: '借呗', kind: 'credit-line' })],
    observations: [...observations, { accountId: 'jiebei', at: iso(3), totalLimit: 8000, status: 'normal', source: 'manual' }],
    events,
  });
  return db;
}

afterEach(() => vi.restoreAllMocks());

describe('readAccountHistory', () => {
  it('gives a bounded chart of all time that keeps a one-day reading, with marks and only this lender’s events', async () => {
    const db = await stored(700);
    const h = (await readAccountHistory(db, 'jd-baitiao', { to: iso(700), columns: 50 }))!;
    expect(h.rowCount).toBe(700);
    expect(h.points.t.length).toBeLessThanOrEqual(50 * 7 + 1);
    expect(h.points.t.length).toBeGreaterThan(50);
    expect(Math.max(...h.points.total.map(Number))).toBe(90000);
    expect(h.points.total.at(-1)).toBe(30000);
    expect(h.points.used.at(-1)).toBe(1000 + (699 % 40) * 100); // total − available (rules/amounts.ts)
    expect(h.points.t).toEqual([...h.points.t].sort((a, b) => a - b));
    expect(h.marks.map((m) => [m.kind, new Date(m.at).toISOString()])).toEqual([
      ['increase', iso(100)],
      ['increase', iso(500)],
      ['status', iso(650)],
      ['status', iso(651)],
    ]);
    expect(h.marks[2]).toMatchObject({ status: 'limited' });
    // Its own borrow and repay, and the inquiry naming its lender (names compared as the rules do).
    expect(h.events.map((e) => [e.kind, new Date(e.at).toISOString()])).toEqual([
      ['borrow', iso(10)],
      ['repay', iso(12)],
      ['inquiry', iso(400)],
    ]);
  });

  it('over a range reads only the month pages in it and carries the last earlier row to the left edge', async () => {
    const db = await stored(700);
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const h = (await readAccountHistory(db, 'jd-baitiao', { from: iso(601.5), to: iso(640), columns: 400 }))!;
    expect(h.rowCount).toBe(39);
    expect(h.from).toBe(Date.parse(iso(601.5)));
    expect(h.points.t[0]).toBe(h.from); // day 601's values, drawn from the range's start
    expect(h.points.total[0]).toBe(30000);
    expect(h.marks).toEqual([]);
    const ranges = getAll.mock.calls.map((c) => c[0] as IDBKeyRange);
    const observationRange = ranges.find((r) => Array.isArray(r.lower) && r.lower[0] === 'jd-baitiao')!;
    expect(observationRange.includes(['jd-baitiao', '2025-08'])).toBe(true);
    expect(observationRange.includes(['jd-baitiao', '2025-06'])).toBe(false);
    expect(observationRange.includes(['jiebei', '2025-08'])).toBe(false);
    // Events: only the account's own subject pages (and its lender's) in the range's months.
    const eventRanges = ranges.filter((r) => Array.isArray(r.lower) && String(r.lower[0]).includes(':'));
    expect(eventRanges.map((r) => (r.lower as string[])[0]).sort()).toEqual(['a:jd-baitiao', 'l:京东']);
    for (const r of eventRanges) {
      const subject = (r.lower as string[])[0]!;
      expect(r.includes([subject, '2025-08'])).toBe(true);
      expect(r.includes([subject, '2024-02'])).toBe(false);
      expect(r.includes(['a:jiebei', '2025-08'])).toBe(false);
    }
  });

  it('answers undefined for an account that does not exist', async () => {
    const db = await stored(3);
    expect(await readAccountHistory(db, 'nobody', { to: iso(3), columns: 10 })).toBeUndefined();
  });
});

describe('readObservationPage', () => {
  it('pages the raw rows newest first across month pages, every row once', async () => {
    const db = await stored(100);
    const seen: string[] = [];
    let before: string | undefined;
    let pages = 0;
    do {
      const page = (await readObservationPage(db, 'jd-baitiao', before, 30))!;
      expect(page.total).toBe(100);
      seen.push(...page.rows.map((r) => r.at));
      before = page.next;
      pages++;
    } while (before);
    expect(pages).toBe(4);
    expect(seen).toEqual(Array.from({ length: 100 }, (_, d) => iso(99 - d)));
    expect(await readObservationPage(db, 'nobody', undefined, 5)).toBeUndefined();
  });
});

describe('readTimeline', () => {
  it('pages every event newest first, and lists each lender once', async () => {
    const db = await stored(3);
    const first = await readTimeline(db, { limit: 2 });
    expect(first.events.map((e) => e.at)).toEqual([iso(402), iso(401)]);
    expect(await readEventLenders(db)).toEqual(expect.arrayContaining(['京东', '招商银行', '支付宝']));
    expect((await readEventLenders(db)).filter((l) => l.replace(/\s/g, '') === '京东')).toHaveLength(1);
    const second = await readTimeline(db, { limit: 2, before: first.next });
    expect(second.events.map((e) => e.at)).toEqual([iso(400), iso(12)]);
    const third = await readTimeline(db, { limit: 2, before: second.next });
    expect(third.events.map((e) => e.at)).toEqual([iso(10)]);
    expect(third.next).toBeUndefined();
  });

  it('filters by kind and by lender (an account’s events count for its lender)', async () => {
    const db = await stored(3);
    expect((await readTimeline(db, { kinds: ['inquiry'], limit: 10 })).events.map((e) => e.lender)).toEqual(['招商银行', '京 东']);
    expect((await readTimeline(db, { lender: '京东', limit: 10 })).events.map((e) => e.kind)).toEqual(['inquiry', 'repay', 'borrow']);
    expect((await readTimeline(db, { lender: '支付宝', kinds: ['borrow'], limit: 10 })).events.map((e) => e.amount)).toEqual([100]);
  });

  it('walks many months newest first, a few months per read, without skipping or repeating', async () => {
    const db = await freshDb();
    const events: HistoryEvent[] = Array.from({ length: 40 }, (_, i) => ({
      at: iso(i * 20),
      kind: i % 3 ? 'borrow' : 'inquiry',
      lender: '某银行',
      ...(i % 3 && { amount: 100 + i }),
      source: 'import',
    }));
    await recordObservations(db, { accounts: [], observations: [], events });
    const seen: string[] = [];
    let before;
    do {
      const page = await readTimeline(db, { kinds: ['inquiry'], limit: 3, before });
      seen.push(...page.events.map((e) => e.at));
      before = page.next;
    } while (before);
    expect(seen).toEqual(
      events
        .filter((e) => e.kind === 'inquiry')
        .map((e) => e.at)
        .reverse(),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../utils/model/types';
import { describeAlert } from '../../../utils/rules/describe';
import { account, ago, event, history, NOW, run, shuffled, withSettings } from './support/history';

const accounts = [account('jb', '蚂蚁', { product: '借呗' }), account('wl', '微众银行', { product: '微粒贷' }), account('zl', '招联')];
const borrow = (days: number, extra: Partial<HistoryEvent> = {}) => event('borrow', days, { accountId: 'jb', amount: 5000, ...extra });
const repay = (days: number, extra: Partial<HistoryEvent> = {}) => event('repay', days, { accountId: 'jb', amount: 5000, ...extra });
/** Borrow `b` days ago, paid back in full `r` days ago, on account jb. */
const cycles = (pairs: [number, number][]) => pairs.flatMap(([b, r]) => [borrow(b), repay(r, { full: true })]);
const cycling = (events: HistoryEvent[]) => run('borrow-repay-cycling', history({ accounts, events }));

describe('borrow-repay-cycling', () => {
  it('warns on 3 quick borrow-and-repay cycles on one account in 30 days', () => {
    const events = [
      borrow(25),
      repay(23, { full: true }),
      borrow(15),
      repay(13, { amount: 2000 }),
      repay(11, { amount: 3000 }),
      borrow(5),
      repay(2, { full: true }),
    ];
    const [a, ...rest] = cycling(events);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ rule: 'borrow-repay-cycling', severity: 'warning', accountId: 'jb', at: ago(2), grade: 3 });
    expect(a!.evidence).toMatchObject({ pattern: 'cycles', cycles: 3, threshold: 3, repayWithinDays: 7, latestRepaidAt: ago(2) });
    expect(a!.evidence.list).toEqual([
      { borrowedAt: ago(25), repaidAt: ago(23), amount: 5000 },
      { borrowedAt: ago(15), repaidAt: ago(11), amount: 5000 },
      { borrowedAt: ago(5), repaidAt: ago(2), amount: 5000 },
    ]);
  });

  it('is critical at 5 cycles in 30 days, dated from the third', () => {
    const [a] = cycling(
      cycles([
        [29, 28],
        [24, 23],
        [18, 17],
        [12, 10],
        [6, 1],
      ]),
    );
    expect(a).toMatchObject({ severity: 'critical', at: ago(17), grade: 5 });
    expect(
      cycling(
        cycles([
          [29, 28],
          [24, 23],
          [18, 17],
          [12, 10],
        ]),
      )[0],
    ).toMatchObject({ severity: 'warning', grade: 4 });
    // Five in 60 days but not in 30: a warning (the critical window is 30 days).
    expect(
      cycling(
        cycles([
          [55, 54],
          [45, 44],
          [35, 34],
          [12, 10],
          [6, 1],
        ]),
      )[0],
    ).toMatchObject({ severity: 'warning', grade: 5 });
  });

  it('counts a repay exactly 7 days later, not later than that; 2 cycles or an old one are not enough', () => {
    expect(
      cycling(
        cycles([
          [25, 18],
          [17, 10],
          [9, 2],
        ]),
      )[0],
    ).toMatchObject({ evidence: { cycles: 3 } });
    expect(
      cycling(
        cycles([
          [25, 18],
          [17, 10],
          [9.5, 2],
        ]),
      ),
    ).toEqual([]);
    expect(
      cycling(
        cycles([
          [25, 23],
          [15, 13],
        ]),
      ),
    ).toEqual([]);
    // A cycle completed exactly 60 days ago is out of (now − 60 days, now]; 59 days ago is in.
    expect(
      cycling(
        cycles([
          [62, 60],
          [15, 13],
          [5, 2],
        ]),
      ),
    ).toEqual([]);
    expect(
      cycling(
        cycles([
          [61, 59],
          [15, 13],
          [5, 2],
        ]),
      ),
    ).toHaveLength(1);
  });

  it('needs the whole amount back: partial repays, or repays without amounts, do not close a cycle', () => {
    const partial = [
      ...cycles([
        [25, 23],
        [15, 13],
      ]),
      borrow(5),
      repay(3, { amount: 4999.99 }),
    ];
    expect(cycling(partial)).toEqual([]);
    const noAmount = [
      ...cycles([
        [25, 23],
        [15, 13],
      ]),
      borrow(5, { amount: undefined }),
      repay(3, { amount: undefined }),
    ];
    expect(cycling(noAmount)).toEqual([]);
    // A borrow without an amount is closed by a full repay.
    const full = [
      ...cycles([
        [25, 23],
        [15, 13],
      ]),
      borrow(5, { amount: undefined }),
      repay(3, { amount: undefined, full: true }),
    ];
    expect(cycling(full)).toHaveLength(1);
  });

  it('pays a standing balance last when a repay matches a new borrow exactly', () => {
    const events = [
      borrow(200, { amount: 20000 }),
      ...cycles([
        [25, 23],
        [15, 13],
      ]).map((e) => ({ ...e, full: undefined })),
      borrow(5, { amount: 800 }),
      repay(3, { amount: 800 }),
    ];
    expect(cycling(events)[0]).toMatchObject({ evidence: { cycles: 3 } });
  });

  it('places lender-only events on the account at that lender, or on the lender itself', () => {
    const onAccount = [
      ...cycles([
        [25, 23],
        [15, 13],
      ]),
      borrow(5, { accountId: undefined, lender: '蚂蚁' }),
      repay(2, { accountId: undefined, lender: ' 蚂蚁', full: true }),
    ];
    expect(cycling(onAccount)[0]).toMatchObject({ accountId: 'jb', evidence: { cycles: 3 } });
    const noAccount = cycles([
      [25, 23],
      [15, 13],
      [5, 2],
    ]).map((e) => ({ ...e, accountId: undefined, lender: '某网贷' }));
    const [a] = cycling(noAccount);
    expect(a).toMatchObject({ severity: 'warning', evidence: { pattern: 'cycles', lender: '某网贷' } });
    expect(a!.accountId).toBeUndefined();
    // Events naming neither account nor lender cannot be placed.
    expect(
      cycling(
        cycles([
          [25, 23],
          [15, 13],
          [5, 2],
        ]).map((e) => ({ ...e, accountId: undefined })),
      ),
    ).toEqual([]);
  });

  it('warns on borrowing from one lender within 3 days after repaying another (以贷养贷), twice in 60 days', () => {
    const events = [
      repay(40, { accountId: 'wl', amount: 3000 }),
      borrow(38, { accountId: 'zl', amount: 3000 }),
      repay(10, { accountId: undefined, lender: '微众银行', amount: 4000 }),
      borrow(10, { amount: 4000 }), // the same day: dates without times
    ];
    const [a, ...rest] = cycling(events);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      severity: 'warning',
      at: ago(10),
      grade: 2,
      evidence: { pattern: 'cross-lender', times: 2, threshold: 2, withinDays: 3 },
    });
    expect(a!.accountId).toBeUndefined();
    expect(a!.evidence.latest).toEqual({
      repaidAt: ago(10),
      repaidLender: '微众银行',
      repaidAmount: 4000,
      borrowedAt: ago(10),
      borrowedLender: '蚂蚁',
      borrowedAmount: 4000,
    });
  });

  it('counts 以贷养贷 only after a repay to a different lender, within 3 days', () => {
    const first = [repay(40, { accountId: 'wl' }), borrow(38, { accountId: 'zl' })];
    expect(cycling([...first, repay(10, { accountId: 'wl' }), borrow(7)])).toHaveLength(1);
    expect(cycling([...first, repay(10, { accountId: 'wl' }), borrow(6.9)])).toEqual([]);
    expect(cycling([...first, repay(10, { accountId: 'wl' }), borrow(10, { accountId: 'wl' })])).toEqual([]);
    // Version 2: the borrow may come first too (borrow on Monday, repay the other lender on Tuesday).
    expect(cycling([...first, borrow(11), repay(10, { accountId: 'wl' })])).toHaveLength(1);
    expect(cycling([...first, borrow(13.1), repay(10, { accountId: 'wl' })])).toEqual([]);
    // Two pairs in 90 days; one 90 days ago is out.
    expect(cycling([repay(92, { accountId: 'wl' }), borrow(90, { accountId: 'zl' }), repay(10, { accountId: 'wl' }), borrow(8)])).toEqual(
      [],
    );
    expect(
      cycling([repay(88, { accountId: 'wl' }), borrow(86, { accountId: 'zl' }), repay(10, { accountId: 'wl' }), borrow(8)]),
    ).toHaveLength(1);
    // The borrow must be at least half the repay.
    expect(cycling([...first, repay(10, { accountId: 'wl', amount: 5000 }), borrow(9, { amount: 2499 })])).toEqual([]);
    // A repay to the borrowing lender in between does not hide the earlier one to another lender.
    expect(cycling([...first, repay(10, { accountId: 'wl' }), repay(9, { lender: '蚂蚁', accountId: undefined }), borrow(8)])).toHaveLength(
      1,
    );
  });

  it('is critical at 4 以贷养贷 pairs in 90 days', () => {
    const pairs = [80, 60, 40, 20].flatMap((d) => [
      repay(d, { accountId: 'wl', amount: 3000 }),
      borrow(d - 1, { accountId: d % 40 ? 'zl' : 'jb', amount: 3000 }),
    ]);
    expect(cycling(pairs)[0]).toMatchObject({
      severity: 'critical',
      evidence: { pattern: 'cross-lender', times: 4, criticalThreshold: 4 },
    });
    expect(cycling(pairs.slice(2))[0]).toMatchObject({ severity: 'warning', evidence: { times: 3 } });
  });

  it('reads a bridge repaid in full within 7 days as a cycle, not a rollover', () => {
    // Borrowed from 借呗 to repay 微粒贷, and 借呗 repaid from income five days later: twice.
    const bridges = [
      repay(40, { accountId: 'wl' }),
      borrow(39),
      repay(34, { full: true }),
      repay(20, { accountId: 'wl' }),
      borrow(19),
      repay(14, { full: true }),
    ];
    expect(cycling(bridges).filter((a) => a.evidence.pattern === 'cross-lender')).toEqual([]);
  });

  it('counts one cycle per repay: several borrows cleared by one repay are one loop', () => {
    expect(cycling([borrow(9), borrow(6), borrow(4), repay(2, { full: true })])).toEqual([]);
  });

  it('does not read purchases on cards and pay-later lines as borrowing (salary-day 花呗, purchases every other day)', () => {
    const names = [
      ...accounts,
      account('hb', '支付宝', { product: '花呗', kind: 'pay-later' }),
      account('card', '招商银行', { kind: 'credit-card' }),
    ];
    const events: HistoryEvent[] = [];
    // 花呗 purchases every other day, repaid in full with each monthly bill.
    for (let d = 119; d > 0; d -= 2) events.push(event('borrow', d, { accountId: 'hb', amount: 60 }));
    for (const d of [100, 70, 40, 10]) events.push(event('repay', d, { accountId: 'hb', amount: 900, full: true }));
    // A salary-day borrow on 花呗 repaid three days later, every month (calendar months: three can fall in 59 days).
    for (const d of [95, 66, 36, 7])
      events.push(event('borrow', d, { accountId: 'hb', amount: 2000 }), event('repay', d - 3, { accountId: 'hb', amount: 2000 }));
    // The card's bill repaid the day a 花呗 purchase was made.
    events.push(
      event('repay', 20, { accountId: 'card', amount: 3000, full: true }),
      event('borrow', 20, { accountId: 'hb', amount: 2500 }),
    );
    events.push(
      event('repay', 50, { accountId: 'card', amount: 3000, full: true }),
      event('borrow', 49, { accountId: 'hb', amount: 2500 }),
    );
    expect(run('borrow-repay-cycling', history({ accounts: names, events }))).toEqual([]);
  });

  it('stays quiet on normal monthly borrowing and repaying on two lenders', () => {
    const events: HistoryEvent[] = [];
    for (let m = 0; m < 6; m++) {
      events.push(borrow(175 - m * 30, { amount: 3000 }), repay(150 - m * 30, { amount: 3000, full: true }));
      events.push(borrow(165 - m * 30, { accountId: 'wl', amount: 2000 }), repay(140 - m * 30, { accountId: 'wl', amount: 2000 }));
    }
    expect(cycling(events)).toEqual([]);
  });

  it('ignores events after now, duplicates and input order', () => {
    expect(
      cycling(
        cycles([
          [25, 23],
          [15, 13],
          [5, -1],
        ]),
      ),
    ).toEqual([]);
    const events = cycles([
      [25, 23],
      [15, 13],
      [5, 2],
    ]);
    const [a] = cycling(shuffled([...events, ...events]));
    expect(a).toMatchObject({ at: ago(2), evidence: { cycles: 3 } });
    expect(a).toEqual(cycling([...events].reverse())[0]);
  });

  it('uses the thresholds it is given', () => {
    const two = cycles([
      [25, 20],
      [15, 10],
    ]);
    expect(cycling(two)).toEqual([]);
    const s = withSettings('borrow-repay-cycling', { cycles: 2 });
    expect(run('borrow-repay-cycling', history({ accounts, events: two }), NOW, s)[0]).toMatchObject({ severity: 'warning', at: ago(10) });
    const short = withSettings('borrow-repay-cycling', { cycles: 2, repayWithinDays: 3 });
    expect(run('borrow-repay-cycling', history({ accounts, events: two }), NOW, short)).toEqual([]);
    const cross = withSettings('borrow-repay-cycling', { crossLender: 1 });
    expect(
      run('borrow-repay-cycling', history({ accounts, events: [repay(10, { accountId: 'wl' }), borrow(9)] }), NOW, cross),
    ).toHaveLength(1);
  });

  it('says what happened in both languages', () => {
    const names = new Map(accounts.map((a) => [a.id, a]));
    const [cyc] = cycling(
      cycles([
        [25, 23],
        [15, 13],
        [5, 2],
      ]),
    );
    const zh = describeAlert(cyc!, 'zh', names, { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(cyc!, 'en', names, { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('蚂蚁 借呗 短期内反复借还');
    expect(zh.detail).toContain('近 60 天有 3 笔借款在 7 天内就全部还清');
    expect(en.title).toBe('蚂蚁 借呗: quick borrow-and-repay cycles');
    expect(en.detail).toContain('3 loans in the last 60 days were paid back in full within 7 days');

    const [cross] = cycling([
      repay(40, { accountId: 'wl' }),
      borrow(38, { accountId: 'zl' }),
      repay(10, { accountId: 'wl' }),
      borrow(9, { amount: 4000 }),
    ]);
    const zhx = describeAlert(cross!, 'zh', names, { timeZone: 'Asia/Shanghai' });
    const enx = describeAlert(cross!, 'en', names, { timeZone: 'Asia/Shanghai' });
    expect(zhx.title).toBe('疑似以贷养贷');
    expect(zhx.detail).toContain('还款给微众银行');
    expect(zhx.detail).toContain('向蚂蚁借款 ¥4,000.00');
    expect(enx.title).toBe('Borrowing to repay other loans');
    expect(enx.detail).toContain('from 蚂蚁');
    const [onLender] = cycling(
      cycles([
        [25, 23],
        [15, 13],
        [5, 2],
      ]).map((e) => ({ ...e, accountId: undefined, lender: '某网贷' })),
    );
    expect(describeAlert(onLender!, 'zh', names).title).toBe('某网贷 短期内反复借还');
    expect(describeAlert(onLender!, 'en', names).title).toBe('某网贷: quick borrow-and-repay cycles');
    for (const r of [zh, en, zhx, enx]) {
      expect(r.title).not.toMatch(/\d/);
      expect(r.detail).not.toContain('?');
      expect(r.advice.length).toBeGreaterThan(0);
    }
  });
});

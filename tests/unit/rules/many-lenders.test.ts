import { describe, expect, it } from 'vitest';
import { describeAlert } from '../../../utils/rules/describe';
import { account, ago, event, history, NOW, obs, run, shuffled, withSettings } from './support/history';

const LENDERS = ['招联', '微众银行', '度小满', '京东', '马上消费', '中原消费'];
const accounts = LENDERS.map((lender, i) => account(`acc${i}`, lender));
/** Account i owes `used`, first seen `days` ago. */
const owes = (i: number, days: number, used = 1000, extra = {}) => obs(`acc${i}`, days, { usedAmount: used }, extra);

describe('many-lenders', () => {
  it('warns when 3 lenders are owed, dated from when the third became owed', () => {
    const [a, ...rest] = run('many-lenders', history({ accounts, observations: [owes(0, 50), owes(1, 40), owes(2, 10)] }));
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ rule: 'many-lenders', severity: 'warning', at: ago(10) });
    expect(a!.accountId).toBeUndefined();
    expect(a!.evidence).toMatchObject({ trigger: 'lenders', owedLenders: 3, lenders: ['招联', '微众银行', '度小满'], threshold: 3 });
  });

  it('is critical at 5 lenders owed, and the grade grows with the count', () => {
    const five = run('many-lenders', history({ accounts, observations: [0, 1, 2, 3, 4].map((i) => owes(i, 20 - i)) }));
    expect(five[0]).toMatchObject({ severity: 'critical', at: ago(18), evidence: { owedLenders: 5 } });
    const four = run('many-lenders', history({ accounts, observations: [0, 1, 2, 3].map((i) => owes(i, 20 - i)) }));
    expect(four[0]).toMatchObject({ severity: 'warning' });
    expect(five[0]!.grade).toBeGreaterThan(four[0]!.grade);
  });

  it('fires at exactly 3 and not at 2; a balance counts while seen in the last 60 days', () => {
    expect(run('many-lenders', history({ accounts, observations: [owes(0, 50), owes(1, 40)] }))).toEqual([]);
    expect(run('many-lenders', history({ accounts, observations: [owes(0, 60), owes(1, 40), owes(2, 10)] }))).toEqual([]);
    expect(run('many-lenders', history({ accounts, observations: [owes(0, 59.9), owes(1, 40), owes(2, 10)] }))).toHaveLength(1);
    // First seen long ago but still seen 5 days ago: current.
    const seen = [owes(0, 200, 1000, { lastSeenAt: ago(5) }), owes(1, 40), owes(2, 10)];
    expect(run('many-lenders', history({ accounts, observations: seen }))[0]).toMatchObject({ at: ago(10) });
  });

  it('counts a lender once, whatever its accounts or spelling', () => {
    const accs = [
      account('bt', '京东', { product: '白条' }),
      account('jt', ' 京东 ', { product: '金条' }),
      account('wb', 'WeBank'),
      account('wb2', 'webank'),
    ];
    const observations = [
      obs('bt', 10, { usedAmount: 1 }),
      obs('jt', 10, { usedAmount: 1 }),
      obs('wb', 10, { usedAmount: 1 }),
      obs('wb2', 10, { usedAmount: 1 }),
    ];
    expect(run('many-lenders', history({ accounts: accs, observations }))).toEqual([]);
  });

  it('reads the latest balance: paid down is not owed; a status-only view keeps the last balance', () => {
    const paid = [owes(0, 50), owes(0, 5, 0), owes(1, 40), owes(2, 10)];
    expect(run('many-lenders', history({ accounts, observations: paid }))).toEqual([]);
    const statusOnly = [owes(0, 50), obs('acc0', 5, { status: 'limited' }), owes(1, 40), owes(2, 10)];
    expect(run('many-lenders', history({ accounts, observations: statusOnly }))).toHaveLength(1);
  });

  it('takes total − available as the balance when usedAmount is missing, unless the line is blocked', () => {
    const derived = [obs('acc0', 30, { totalLimit: 5000, availableLimit: 2000 }), owes(1, 40), owes(2, 10)];
    expect(run('many-lenders', history({ accounts, observations: derived }))).toHaveLength(1);
    const frozen = [obs('acc0', 30, { totalLimit: 5000, availableLimit: 0, status: 'frozen' }), owes(1, 40), owes(2, 10)];
    expect(run('many-lenders', history({ accounts, observations: frozen }))).toEqual([]);
    const unused = [obs('acc0', 30, { totalLimit: 5000, availableLimit: 5000 }), owes(1, 40), owes(2, 10)];
    expect(run('many-lenders', history({ accounts, observations: unused }))).toEqual([]);
  });

  it('counts borrows of the last 60 days until they are paid back, with or without an account', () => {
    const borrows = [
      event('borrow', 30, { accountId: 'acc0', amount: 3000 }),
      event('borrow', 20, { lender: '某小贷', amount: 2000 }),
      event('borrow', 8, { lender: '另一家网贷' }),
    ];
    const [a] = run('many-lenders', history({ accounts, events: borrows }));
    expect(a).toMatchObject({ severity: 'warning', at: ago(8), evidence: { lenders: ['招联', '某小贷', '另一家网贷'] } });
    // Paid back by a full repay, by repays adding up, or seen at 0 afterwards: not owed.
    for (const settle of [
      event('repay', 25, { accountId: 'acc0', full: true }),
      event('repay', 25, { lender: '招联', full: true }), // lender only: the person's one 招联 account
      event('repay', 4, { lender: '某小贷', amount: 2000 }),
    ]) {
      expect(run('many-lenders', history({ accounts, events: [...borrows, settle] }))).toEqual([]);
    }
    const partial = [...borrows, event('repay', 4, { lender: '某小贷', amount: 1500 })];
    expect(run('many-lenders', history({ accounts, events: partial }))).toHaveLength(1);
    const seenZero = history({ accounts, events: borrows, observations: [owes(0, 2, 0)] });
    expect(run('many-lenders', seenZero)).toEqual([]);
    const old = [event('borrow', 60, { accountId: 'acc0', amount: 3000 }), ...borrows.slice(1)];
    expect(run('many-lenders', history({ accounts, events: old }))).toEqual([]);
    // A borrow naming neither account nor lender cannot be placed.
    expect(run('many-lenders', history({ accounts, events: [...borrows.slice(1), event('borrow', 3, { amount: 10 })] }))).toEqual([]);
  });

  it('warns on 3 accounts opened in 90 days', () => {
    const opened = (days: number[]) => history({ events: days.map((d, i) => event('account-opened', d, { lender: LENDERS[i] })) });
    const [a] = run('many-lenders', opened([80, 40, 5]));
    expect(a).toMatchObject({ severity: 'warning', at: ago(5), evidence: { trigger: 'opened', opened: 3, owedLenders: 0 } });
    expect(a!.evidence.openedLenders).toEqual(['招联', '微众银行', '度小满']);
    expect(run('many-lenders', opened([90, 40, 5]))).toEqual([]);
    expect(run('many-lenders', opened([40, 5]))).toEqual([]);
  });

  it('stays quiet on one installment loan and normal borrowing on two lenders', () => {
    const installment = [event('borrow', 300, { accountId: 'acc0', amount: 12000 })];
    for (let m = 0; m < 10; m++) installment.push(event('repay', 270 - m * 30, { accountId: 'acc0', amount: 1000 }));
    const monthly = [];
    for (let m = 0; m < 6; m++) {
      monthly.push(
        event('borrow', 170 - m * 30, { accountId: 'acc1', amount: 3000 }),
        event('repay', 150 - m * 30, { accountId: 'acc1', amount: 3000, full: true }),
      );
    }
    const observations = [owes(0, 20, 2000), owes(1, 15, 3000), obs('acc2', 15, { totalLimit: 20000, availableLimit: 20000 })];
    expect(run('many-lenders', history({ accounts, events: [...installment, ...monthly], observations }))).toEqual([]);
  });

  it('ignores data after now, duplicates and input order', () => {
    const later = [owes(0, 50), owes(1, 40), owes(2, -1)];
    expect(run('many-lenders', history({ accounts, observations: later }))).toEqual([]);
    const rows = [owes(0, 50), owes(0, 50), owes(1, 40), owes(2, 10), owes(2, 10)];
    const [a] = run(
      'many-lenders',
      history({ accounts, observations: shuffled(rows), events: shuffled([event('account-opened', 3), event('account-opened', 3)]) }),
    );
    expect(a).toEqual(run('many-lenders', history({ accounts, observations: rows.reverse(), events: [event('account-opened', 3)] }))[0]);
    expect(a).toMatchObject({ at: ago(10), evidence: { owedLenders: 3, opened: 1 } });
  });

  it('uses the thresholds it is given', () => {
    const h = history({ accounts, observations: [owes(0, 50), owes(1, 40)] });
    expect(run('many-lenders', h)).toEqual([]);
    expect(run('many-lenders', h, NOW, withSettings('many-lenders', { lenders: 2 }))[0]).toMatchObject({
      severity: 'warning',
      at: ago(40),
    });
    expect(run('many-lenders', h, NOW, withSettings('many-lenders', { lenders: 2, criticalLenders: 2 }))[0]).toMatchObject({
      severity: 'critical',
    });
    expect(run('many-lenders', h, NOW, withSettings('many-lenders', { lenders: 2, windowDays: 45 }))).toEqual([]);
  });

  it('says what happened in both languages', () => {
    const [a] = run('many-lenders', history({ accounts, observations: [owes(0, 50), owes(1, 40), owes(2, 10)] }));
    const zh = describeAlert(a!, 'zh', new Map(), { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(a!, 'en', new Map(), { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('多头借贷：同时欠多家机构');
    expect(zh.detail).toContain('目前在 3 家机构有待还款项：招联、微众银行、度小满；其中现金贷款机构 3 家。');
    expect(zh.detail).toContain('常被引用');
    expect(en.title).toBe('Owing many lenders at once');
    expect(en.detail).toContain('3 institutions: 招联, 微众银行, 度小满');
    expect(en.detail).toContain('Commonly cited');
    expect(`${zh.detail} ${en.detail}`).not.toContain('?');
    const [opened] = run('many-lenders', history({ events: [80, 40, 5].map((d) => event('account-opened', d)) }));
    expect(describeAlert(opened!, 'zh', new Map()).detail).toContain('近 90 天新开了 3 个授信账户');
    expect(describeAlert(opened!, 'en', new Map()).title).toBe('Many new credit accounts');
  });
});

describe('many-lenders, version 2: cash lenders and institutions', () => {
  const kinds = [
    account('cmb', '招商银行', { product: '信用卡', kind: 'credit-card' }),
    account('ccb', '建设银行', { product: '龙卡信用卡', kind: 'credit-card' }),
    account('hb', '支付宝', { product: '花呗', kind: 'pay-later' }),
    account('bt', '京东', { product: '白条', kind: 'pay-later' }),
    account('jb', '支付宝', { product: '借呗', kind: 'credit-line' }),
    account('wl', '微众银行', { product: '微粒贷', kind: 'credit-line' }),
    account('dx', '度小满', { product: '有钱花' }),
    account('zl', '招联金融', { product: '好期贷', kind: 'installment-loan' }),
    account('my', '美团', { product: '美团借钱', kind: 'other' }),
    account('house', '工商银行', { product: '个人住房贷款', kind: 'installment-loan' }),
    account('car', '平安银行', { product: '汽车贷款', kind: 'installment-loan' }),
  ];
  const owing = (...ids: string[]) =>
    run(
      'many-lenders',
      history({ accounts: kinds, observations: ids.map((id, i) => obs(id, 20 - i, { totalLimit: 20000, usedAmount: 1500 })) }),
    );

  it('stays quiet on everyday balances on two cards plus 花呗 and 白条 (four institutions)', () => {
    expect(owing('cmb', 'ccb', 'hb', 'bt')).toEqual([]);
  });

  it('warns at five institutions of any kind owed, even with one or two cash lenders (the demo tour)', () => {
    const [a] = owing('cmb', 'ccb', 'hb', 'bt', 'wl');
    expect(a).toMatchObject({ severity: 'warning', evidence: { owedLenders: 5, cashLenders: 1, institutionsThreshold: 5 } });
    expect(owing('cmb', 'ccb', 'hb', 'bt', 'wl', 'jb')[0]).toMatchObject({ severity: 'warning', evidence: { cashLenders: 2 } });
  });

  it('warns at three cash lenders owed, and is critical at five', () => {
    expect(owing('wl', 'dx')).toEqual([]);
    expect(owing('wl', 'dx', 'zl')[0]).toMatchObject({
      severity: 'warning',
      evidence: { cashLenders: 3, cashLenderNames: ['微众银行', '度小满', '招联金融'] },
    });
    expect(owing('wl', 'dx', 'zl', 'my', 'jb')[0]).toMatchObject({ severity: 'critical', evidence: { cashLenders: 5 } });
  });

  it('leaves secured loans out of the cash-lender count', () => {
    expect(owing('wl', 'house', 'car')).toEqual([]);
    // …but they are institutions owed.
    expect(owing('wl', 'house', 'car', 'cmb', 'hb')[0]).toMatchObject({
      severity: 'warning',
      evidence: { cashLenders: 1, owedLenders: 5 },
    });
  });

  it('counts an unpaid borrow on a cash line, not a purchase on pay-later', () => {
    const events = [
      event('borrow', 10, { accountId: 'hb', amount: 800 }),
      event('borrow', 9, { accountId: 'bt', amount: 600 }),
      event('borrow', 8, { accountId: 'wl', amount: 3000 }),
      event('borrow', 7, { lender: '某网贷', amount: 2000 }),
    ];
    const [a] = run(
      'many-lenders',
      history({ accounts: kinds, observations: [obs('dx', 5, { totalLimit: 20000, usedAmount: 900 })], events }),
    );
    expect(a).toMatchObject({ severity: 'warning', evidence: { cashLenders: 3, owedLenders: 5 } });
  });
});

// Which rows become events, on which account, and which are left out or listed as unplaced.
import { describe, expect, it } from 'vitest';
import { parseBillText } from '../../../utils/bills/parse';
import { alipay, ok, type AlipayRow } from './support';

describe('Alipay rows', () => {
  it.each<[string, AlipayRow, string, string]>([
    ['借呗还款', { counterparty: '借呗', item: '借呗还款' }, 'repay', 'alipay-jiebei'],
    ['花呗还款', { item: '花呗还款-10月账单' }, 'repay', 'alipay-huabei'],
    ['主动还款-花呗', { counterparty: '/', item: '主动还款-花呗' }, 'repay', 'alipay-huabei'],
    ['自动还款 to 花呗', { item: '自动还款' }, 'repay', 'alipay-huabei'],
    ['借呗借款', { counterparty: '借呗', item: '借呗借款-放款至银行卡' }, 'borrow', 'alipay-jiebei'],
    ['借入 from 借呗', { counterparty: '借呗', item: '借入资金' }, 'borrow', 'alipay-jiebei'],
    ['放款 outside 信用借还', { category: '其他', counterparty: '借呗', item: '放款至余额' }, 'borrow', 'alipay-jiebei'],
    ['还款 outside 信用借还', { category: '其他', counterparty: '/', item: '借呗还款' }, 'repay', 'alipay-jiebei'],
  ])('%s', (_, row, kind, accountId) => {
    const r = alipay(row);
    expect(r.events).toEqual([{ at: '2026-11-01T04:00:00.000Z', kind, amount: 100, accountId, lender: '支付宝' }]);
    expect(r.accounts.map((a) => a.id)).toEqual([accountId]);
  });

  it.each<[string, AlipayRow]>([
    ['a purchase paid from the balance', { category: '餐饮美食', counterparty: '某餐厅', item: '午餐', io: '支出', method: '余额' }],
    // Everyday pay-later use is no borrowing: as borrows, the purchases before each monthly
    // repayment would read as borrow-repay loops on a healthy account.
    ['a purchase paid with 花呗', { category: '餐饮美食', counterparty: '某餐厅', item: '午餐', io: '支出', method: '花呗&红包' }],
    ['a refund to 花呗 (not an expense)', { category: '退款', counterparty: '某店', item: '退款-围巾', io: '不计收支', method: '花呗' }],
    ['income naming 花呗 without 还款/借款', { category: '其他', item: '花呗奖励金', io: '收入' }],
    ['a gold bar (金条) bought with a card', { category: '珠宝', counterparty: '某金店', item: '足金金条', io: '支出', method: '储蓄卡' }],
  ])('leaves out %s', (_, row) => {
    expect(alipay(row)).toMatchObject({ events: [], unplaced: [], otherRows: 1 });
  });

  it('marks a repayment full only when the row says so', () => {
    const r = alipay({ counterparty: '借呗', item: '借呗还款-提前结清' }, { counterparty: '借呗', item: '借呗还款-第2期', order: 'b' });
    expect(r.events.map((e) => e.full)).toEqual([true, undefined]);
  });
});

describe('payments that did not go through', () => {
  it.each(['交易关闭', '还款失败', '支付失败', '已全额退款', '退款成功', '已撤销', '已退还'])('%s is left out, counted', (status) => {
    expect(alipay({ status }, { status, io: '支出', category: '餐饮美食', item: '午餐', method: '花呗', order: 'x' })).toMatchObject({
      events: [],
      unplaced: [],
      otherRows: 2,
    });
  });

  it('a part refund leaves the rest borrowed; a refund of all of it leaves nothing', () => {
    const loan = { category: '信用借还', counterparty: '借呗', item: '借呗借款' };
    const r = alipay(
      { ...loan, amount: '5000.00(已退款1000.00)', order: '1' },
      { ...loan, amount: '99.00', status: '已退款(￥99.00)', order: '2' },
    );
    expect(r.events.map((e) => e.amount)).toEqual([4000]);
    expect(r.otherRows).toBe(1);
  });
});

describe('dedupe by order number', () => {
  it('a row repeated with the same order number gives one event', () => {
    const row = { item: '花呗还款', order: '2026110122001400001001' };
    const r = alipay(row, row, { ...row, time: '2026-11-02 08:00:00' });
    expect(r.events).toHaveLength(1);
    expect(r.duplicateRows).toBe(2);
  });

  it('different order numbers, or none, are different rows', () => {
    const r = alipay({ order: 'a' }, { order: 'b' }, { order: '' }, { order: '' }, { order: '/' }, { order: '/' });
    expect(r.events).toHaveLength(6);
    expect(r.duplicateRows).toBe(0);
  });

  it('counts a repeated non-credit row as a duplicate too, and ignores padding in the number', () => {
    const shop = { category: '餐饮美食', item: '午餐', io: '支出', method: '余额' };
    const r = alipay({ ...shop, order: '42' }, { ...shop, order: ' 42\u00a0' });
    expect(r).toMatchObject({ otherRows: 1, duplicateRows: 1 });
  });
});

describe('credit rows that cannot become events are listed, not dropped', () => {
  it.each<[AlipayRow, string]>([
    [{ amount: '' }, 'no-amount'],
    [{ amount: '0.00' }, 'no-amount'],
    [{ amount: '***' }, 'no-amount'],
    [{ time: '2026-02-30 10:00:00' }, 'bad-time'],
    [{ time: '' }, 'bad-time'],
    [{ counterparty: '某消费金融', item: '自动还款' }, 'unknown-product'],
    [{ item: '花呗分期服务费' }, 'unknown-direction'],
    [{ counterparty: '/', item: '信用卡还款' }, 'unknown-lender'],
  ])('%o → %s', (row, reason) => {
    expect(alipay(row)).toMatchObject({ events: [], unplaced: [{ line: 3, reason }], otherRows: 0 });
  });
});

describe('credit-card repayments', () => {
  it('give the bank as lender and no account', () => {
    const r = alipay(
      { counterparty: '/', item: '信用卡还款-浦发银行(1111)', order: '1' },
      { counterparty: '中国银行', item: '信用卡还款', order: '2' },
      { counterparty: '广州农商银行信用卡', item: '信用卡还款', order: '3' },
    );
    expect(r.events.map((e) => [e.lender, e.accountId])).toEqual([
      ['浦发银行', undefined],
      ['中国银行', undefined],
      ['广州农商银行', undefined],
    ]);
    expect(r.accounts).toEqual([]);
  });

  it('WeChat: 交易类型 信用卡还款 with the bank as 交易对方', () => {
    const text = [
      '微信支付账单明细,,,,,,,,',
      '交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注',
      '2026-11-21 08:12:33,信用卡还款,交通银行,"/",/,¥3000.00,零钱,支付成功,1\t,\t,"/"',
    ].join('\n');
    expect(ok(parseBillText(text)).events).toEqual([{ at: '2026-11-21T00:12:33.000Z', kind: 'repay', amount: 3000, lender: '交通银行' }]);
  });
});

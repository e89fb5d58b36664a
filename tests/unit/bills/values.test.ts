import { describe, expect, it } from 'vitest';
import { MAX_BILL_AMOUNT, parseBillAmount, parseBillTime, refundedPart } from '../../../utils/bills/values';
import { MAX_AMOUNT } from '../../../utils/model/history-schema';

describe('parseBillTime: China local time → ISO UTC', () => {
  it.each([
    ['2026-11-01 12:03:04', '2026-11-01T04:03:04.000Z'],
    ['2026/11/1 12:03', '2026-11-01T04:03:00.000Z'],
    ['2026-11-01 00:30:00', '2026-10-31T16:30:00.000Z'],
    ['2026-11-01', '2026-10-31T16:00:00.000Z'],
    ['2026年11月1日 8:05', '2026-11-01T00:05:00.000Z'],
    [' 2026-11-01\u00a012:03:04\t', '2026-11-01T04:03:04.000Z'],
    ['2028-02-29 10:00:00', '2028-02-29T02:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseBillTime(text)).toBe(iso);
  });

  it.each([
    '',
    '/',
    '2026-02-29 10:00:00',
    '2026-11-31 10:00:00',
    '2026-13-01 10:00:00',
    '2026-11-01 24:00:00',
    '2026-11-01 12:60',
    '11/01/2026 12:00',
    '0099-01-01',
    '2026-11-01 12:03:04 extra',
  ])('%j is not a time', (text) => {
    expect(parseBillTime(text)).toBeUndefined();
  });
});

describe('parseBillAmount: positive yuan to the cent', () => {
  it.each([
    ['¥1,234.50', 1234.5],
    ['1234.5', 1234.5],
    ['￥ 0.10', 0.1],
    ['12.3456', 12.35],
    ['-12.00', 12], // some exports sign the amount; the direction comes from the row
    ['131.77(已退款89.84)', 131.77],
    ['\t86.00 ', 86],
  ])('%s → %s', (text, n) => {
    expect(parseBillAmount(text)).toBe(n);
  });

  it.each(['', '--', '/', '0.00', '***', 'abc', '20000000000000'])('%j → undefined', (text) => {
    expect(parseBillAmount(text)).toBeUndefined();
  });

  it('caps amounts where the history format does', () => {
    expect(MAX_BILL_AMOUNT).toBe(MAX_AMOUNT);
  });

  it('reads the refunded part of WeChat statuses and JD amounts', () => {
    expect(refundedPart('已退款(￥20.00)')).toBe(20);
    expect(refundedPart('131.77(已退款89.84)')).toBe(89.84);
    expect(refundedPart('已全额退款')).toBeUndefined();
    expect(refundedPart('支付成功')).toBeUndefined();
  });
});

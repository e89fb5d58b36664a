import { describe, expect, it } from 'vitest';
import {
  dayToInstant,
  describeLogged,
  emptyQuickLog,
  knownLenders,
  localDay,
  readDay,
  validateQuickLog,
  type QuickLogFields,
} from '../../../utils/forms/quick-log';

const TODAY = '2026-11-23';
const form = (patch: Partial<QuickLogFields>): QuickLogFields => ({ ...emptyQuickLog(TODAY), ...patch });
const midnight = (day: string) => dayToInstant(day);

function errorsOf(patch: Partial<QuickLogFields>) {
  const r = validateQuickLog(form(patch), TODAY);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('days', () => {
  it('reads the day a date input gives, and what people type', () => {
    expect(readDay('2026-11-23')).toBe('2026-11-23');
    expect(readDay('2026/11/3')).toBe('2026-11-03');
    expect(readDay('２０２６－１１－２３')).toBe('2026-11-23');
    expect(readDay(' 2026.1.5 ')).toBe('2026-01-05');
  });

  it('refuses days that do not exist', () => {
    for (const s of ['2026-02-30', '2026-13-01', '2026-00-10', '23/11/2026', 'yesterday', '2026-11', ''])
      expect(readDay(s), s).toBeUndefined();
    expect(readDay('2028-02-29')).toBe('2028-02-29');
  });

  it('stands a day for its local midnight, and names today in local time', () => {
    const at = new Date(dayToInstant('2026-11-23'));
    expect([at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes()]).toEqual([2026, 10, 23, 0, 0]);
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(dayToInstant('2026-03-09')))).toBe('2026-03-09');
  });
});

describe('validateQuickLog: an application', () => {
  it('defaults to pending on today', () => {
    expect(validateQuickLog(form({ lender: ' 招商银行 ' }), TODAY)).toEqual({
      ok: true,
      entry: { kind: 'application', at: midnight(TODAY), lender: '招商银行', outcome: 'pending' },
    });
  });

  it('carries the outcome, an optional account and an earlier day', () => {
    const r = validateQuickLog(
      form({ lender: '蚂蚁', accountId: 'manual:蚂蚁/借呗', outcome: 'rejected', date: '2026-11-01', amount: '5000' }),
      TODAY,
    );
    expect(r).toEqual({
      ok: true,
      entry: { kind: 'application', at: midnight('2026-11-01'), accountId: 'manual:蚂蚁/借呗', lender: '蚂蚁', outcome: 'rejected' },
    });
  });

  it('needs the lender', () => {
    expect(errorsOf({ lender: '  ' })).toEqual({ lender: 'form.error.lenderRequired' });
    expect(errorsOf({ lender: '贷'.repeat(81) })).toEqual({ lender: 'form.error.lenderTooLong' });
  });
});

describe('validateQuickLog: borrow and repay', () => {
  it('creates the account a new lender and product name', () => {
    const r = validateQuickLog(form({ kind: 'borrow', lender: '蚂蚁', product: '借呗', amount: '1,234.5' }), TODAY);
    expect(r).toEqual({ ok: true, entry: { kind: 'borrow', at: midnight(TODAY), lender: '蚂蚁', product: '借呗', amount: 1234.5 } });
  });

  it('names only the account when one is chosen', () => {
    const r = validateQuickLog(
      form({ kind: 'repay', accountId: 'jd-jintiao', lender: '京东', product: '金条', amount: '５０００', full: true }),
      TODAY,
    );
    expect(r).toEqual({ ok: true, entry: { kind: 'repay', at: midnight(TODAY), accountId: 'jd-jintiao', amount: 5000, full: true } });
  });

  it('accepts the amounts the manual-entry form accepts', () => {
    for (const [typed, value] of [
      ['1,234.5', 1234.5],
      ['１２，３４５．６', 12345.6],
      ['¥3000', 3000],
      ['1.2万', 12000],
      ['0.01', 0.01],
    ] as const) {
      const r = validateQuickLog(form({ kind: 'borrow', lender: '微众', amount: typed }), TODAY);
      expect(r.ok && r.entry.amount, typed).toBe(value);
    }
  });

  it('names what is wrong with an amount', () => {
    const amount = (kind: 'borrow' | 'repay', typed: string, full = false) =>
      errorsOf({ kind, lender: '微众', amount: typed, full }).amount;
    expect(amount('borrow', '')).toBe('quick.error.amountRequired');
    expect(amount('repay', '  ')).toBe('quick.error.amountRequired');
    expect(amount('borrow', '0')).toBe('quick.error.notPositive');
    expect(amount('repay', '0.00', true)).toBe('quick.error.notPositive');
    expect(amount('borrow', '-5')).toBe('form.error.negative');
    expect(amount('borrow', '1.234')).toBe('form.error.tooManyDecimals');
    expect(amount('borrow', 'abc')).toBe('form.error.notANumber');
    expect(amount('borrow', '99999999999')).toBe('form.error.tooLarge');
  });

  it('lets a repay "paid off in full" go without an amount', () => {
    const r = validateQuickLog(form({ kind: 'repay', lender: '微众', product: '微粒贷', full: true }), TODAY);
    expect(r).toEqual({ ok: true, entry: { kind: 'repay', at: midnight(TODAY), lender: '微众', product: '微粒贷', full: true } });
  });

  it('ignores "full" on a borrow, and needs a lender for a new account only', () => {
    const r = validateQuickLog(form({ kind: 'borrow', lender: '微众', amount: '1', full: true }), TODAY);
    expect(r.ok && r.entry.full).toBeUndefined();
    expect(errorsOf({ kind: 'borrow', amount: '1' })).toEqual({ lender: 'form.error.lenderRequired' });
    expect(validateQuickLog(form({ kind: 'borrow', accountId: 'x', amount: '1' }), TODAY).ok).toBe(true);
    expect(errorsOf({ kind: 'borrow', lender: '微众', product: 'p'.repeat(81), amount: '1' })).toEqual({
      product: 'form.error.productTooLong',
    });
  });
});

describe('validateQuickLog: the date', () => {
  it('refuses a future day, a missing one, a bad one and a typo in the year', () => {
    expect(errorsOf({ lender: 'x', date: '2026-11-24' }).date).toBe('quick.error.futureDate');
    expect(errorsOf({ lender: 'x', date: '2027-01-01' }).date).toBe('quick.error.futureDate');
    expect(errorsOf({ lender: 'x', date: '' }).date).toBe('quick.error.dateRequired');
    expect(errorsOf({ lender: 'x', date: '2026-02-30' }).date).toBe('quick.error.badDate');
    expect(errorsOf({ lender: 'x', date: '0202-11-23' }).date).toBe('quick.error.dateTooOld');
    expect(validateQuickLog(form({ lender: 'x', date: '2000-01-01' }), TODAY).ok).toBe(true);
  });

  it('reports every bad field at once and never changes what was typed', () => {
    const typed = form({ kind: 'borrow', lender: '', amount: '1.234', date: '2030-01-01' });
    const copy = structuredClone(typed);
    expect(validateQuickLog(typed, TODAY)).toEqual({
      ok: false,
      errors: { lender: 'form.error.lenderRequired', amount: 'form.error.tooManyDecimals', date: 'quick.error.futureDate' },
    });
    expect(typed).toEqual(copy);
  });
});

describe('helpers', () => {
  const accounts = [
    { id: 'a', lender: '蚂蚁', product: '借呗' },
    { id: 'b', lender: '蚂蚁 ', product: '花呗' },
    { id: 'c', lender: '微众' },
  ];

  it('offers each known lender once', () => {
    expect(knownLenders(accounts)).toEqual(['蚂蚁', '微众']);
  });

  it('describes what was logged', () => {
    const at = midnight(TODAY);
    expect(describeLogged('zh', { kind: 'borrow', at, accountId: 'a', amount: 5000 }, TODAY, TODAY, accounts)).toBe(
      '已记录（今天）：在「蚂蚁 · 借呗」借款 ¥5,000.00。',
    );
    expect(describeLogged('en', { kind: 'repay', at, lender: '微众', product: '微粒贷', full: true }, '2026-11-20', TODAY, accounts)).toBe(
      'Logged: 微众 · 微粒贷 paid off in full, 2026-11-20.',
    );
    expect(describeLogged('zh', { kind: 'application', at, lender: '招商银行', outcome: 'approved' }, TODAY, TODAY, accounts)).toBe(
      '已记录（今天）：向「招商银行」提交申请，已通过。',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { emptyManualEntry, readTypedAmount, validateManualEntry, type ManualEntryFields } from '../../../utils/forms/manual-entry';

const form = (patch: Partial<ManualEntryFields>): ManualEntryFields => ({ ...emptyManualEntry, lender: '京东', ...patch });

function errorsOf(patch: Partial<ManualEntryFields>) {
  const r = validateManualEntry(form(patch));
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('readTypedAmount', () => {
  it('reads what people type', () => {
    expect(readTypedAmount('12,345.67')).toEqual({ value: 12345.67 });
    expect(readTypedAmount('12345')).toEqual({ value: 12345 });
    expect(readTypedAmount(' ¥3,000 ')).toEqual({ value: 3000 });
    expect(readTypedAmount('￥500元')).toEqual({ value: 500 });
    expect(readTypedAmount('1.2万')).toEqual({ value: 12000 });
    expect(readTypedAmount('1.2345万')).toEqual({ value: 12345 });
    expect(readTypedAmount('３万')).toEqual({ value: 30000 });
    expect(readTypedAmount('１２，３４５．６')).toEqual({ value: 12345.6 });
    expect(readTypedAmount('   ')).toEqual({});
  });

  it('names what is wrong instead of guessing', () => {
    for (const s of ['abc', '1,2', '12..3', '万', '1e5', '12 345', '5-8万', '约3000']) {
      expect(readTypedAmount(s), s).toEqual({ error: 'form.error.notANumber' });
    }
    expect(readTypedAmount('-5')).toEqual({ error: 'form.error.negative' });
    expect(readTypedAmount('－5万')).toEqual({ error: 'form.error.negative' });
    expect(readTypedAmount('1.234')).toEqual({ error: 'form.error.tooManyDecimals' });
    expect(readTypedAmount('1.2345678万')).toEqual({ error: 'form.error.tooManyDecimals' });
  });
});

describe('validateManualEntry', () => {
  it('builds a ManualEntry with yuan amounts and rate fractions', () => {
    const r = validateManualEntry(
      form({
        product: ' 白条 ',
        kind: 'pay-later',
        total: '5万',
        available: '32,000',
        used: '18000',
        dailyRate: '0.035',
        apr: '12.78%',
        status: 'normal',
      }),
    );
    expect(r).toEqual({
      ok: true,
      entry: {
        lender: '京东',
        product: '白条',
        kind: 'pay-later',
        values: { status: 'normal', totalLimit: 50000, availableLimit: 32000, usedAmount: 18000, dailyRate: 0.00035, apr: 0.1278 },
      },
    });
  });

  it('stores exact cents even when the unit multiplication is inexact', () => {
    const r = validateManualEntry(form({ total: '1.1万' }));
    expect(r.ok && r.entry.values.totalLimit).toBe(11000);
  });

  it('accepts a status alone, and passes an existing account id through', () => {
    const r = validateManualEntry(form({ accountId: 'jd-baitiao', status: 'frozen', kind: 'nonsense' }));
    expect(r).toEqual({ ok: true, entry: { accountId: 'jd-baitiao', lender: '京东', values: { status: 'frozen' } } });
  });

  it('requires the lender, at most 80 characters', () => {
    expect(errorsOf({ lender: '  ', total: '1' }).lender).toBe('form.error.lenderRequired');
    expect(errorsOf({ lender: '贷'.repeat(81), total: '1' }).lender).toBe('form.error.lenderTooLong');
    expect(validateManualEntry(form({ lender: '贷'.repeat(80), total: '1' })).ok).toBe(true);
    expect(errorsOf({ product: 'p'.repeat(81), total: '1' }).product).toBe('form.error.productTooLong');
  });

  it('needs an amount or a known status', () => {
    expect(errorsOf({}).form).toBe('form.error.nothingToSave');
    expect(errorsOf({ dailyRate: '0.05' }).form).toBe('form.error.nothingToSave');
  });

  it('reports each bad amount on its own field', () => {
    const errors = errorsOf({ total: 'abc', available: '-5', used: '1.234' });
    expect(errors).toEqual({
      total: 'form.error.notANumber',
      available: 'form.error.negative',
      used: 'form.error.tooManyDecimals',
    });
    expect(errorsOf({ total: '99999999999' }).total).toBe('form.error.tooLarge');
  });

  it('keeps available and used within the total', () => {
    const errors = errorsOf({ total: '1000', available: '1000.01', used: '2000' });
    expect(errors.available).toBe('form.error.availableOverTotal');
    expect(errors.used).toBe('form.error.usedOverTotal');
    expect(validateManualEntry(form({ total: '1000', available: '1000', used: '0' })).ok).toBe(true);
  });

  it('checks rates typed as percents', () => {
    expect(errorsOf({ total: '1', dailyRate: 'x' }).dailyRate).toBe('form.error.notANumber');
    expect(errorsOf({ total: '1', dailyRate: '-0.1' }).dailyRate).toBe('form.error.negative');
    expect(errorsOf({ total: '1', dailyRate: '35' }).dailyRate).toBe('form.error.rateTooHigh');
    expect(errorsOf({ total: '1', apr: '1278' }).apr).toBe('form.error.rateTooHigh');
    const r = validateManualEntry(form({ total: '1', dailyRate: '０．０５', apr: '18.25' }));
    expect(r.ok && r.entry.values).toMatchObject({ dailyRate: 0.0005, apr: 0.1825 });
  });

  it('never changes what was typed', () => {
    const typed = form({ lender: '', total: ' 1.2万 ', available: 'abc', dailyRate: '0.035 ' });
    const copy = structuredClone(typed);
    validateManualEntry(typed);
    expect(typed).toEqual(copy);
  });
});

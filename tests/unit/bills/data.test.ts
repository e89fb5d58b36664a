// The formats and the account table are data: check them as data.
import { describe, expect, it } from 'vitest';
import { BILL_ACCOUNTS, findProduct } from '../../../utils/bills/accounts';
import { BILL_FORMATS, normalizeHeader } from '../../../utils/bills/formats';
import { accountSchema } from '../../../utils/model/history-schema';

describe('BILL_ACCOUNTS', () => {
  it('are valid accounts with unique ids', () => {
    for (const a of BILL_ACCOUNTS) expect(accountSchema.safeParse(a).success).toBe(true);
    expect(new Set(BILL_ACCOUNTS.map((a) => a.id)).size).toBe(BILL_ACCOUNTS.length);
  });

  it('finds the product a text names first; 部分付款 is not 分付', () => {
    expect(findProduct('借呗还款-花呗')).toBe('alipay-jiebei');
    expect(findProduct('分付还款')).toBe('wechat-fenfu');
    expect(findProduct('部分付款')).toBeUndefined();
  });
});

describe('BILL_FORMATS', () => {
  it.each(BILL_FORMATS.map((f) => [f.id, f] as const))('%s: names are in normalized form, time and amount are read', (_, f) => {
    const names = [...f.headerSets.flat(), ...Object.values(f.columns).flat()];
    for (const n of names) expect(normalizeHeader(n)).toBe(n);
    expect(f.columns.time?.length && f.columns.amount?.length).toBeTruthy();
  });

  it('no header row is taken for two formats', () => {
    for (const f of BILL_FORMATS)
      for (const set of f.headerSets)
        expect(BILL_FORMATS.filter((g) => g.headerSets.some((s) => s.every((n) => set.includes(n)))).map((g) => g.id)).toEqual([f.id]);
  });
});

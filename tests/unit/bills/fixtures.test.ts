// Every bill export under tests/fixtures/bills against its hand-written expected result.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBill } from '../../../utils/bills/parse';
import { eventSchema } from '../../../utils/model/history-schema';

const DIR = join(__dirname, '../../fixtures/bills');
const files = readdirSync(DIR);
const bills = files.filter((f) => f.endsWith('.csv')).sort();
const expectations = files.filter((f) => f.endsWith('.expected.json')).sort();
const expected = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file.replace(/\.csv$/, '.expected.json')), 'utf8'));

describe('fixture bills', () => {
  it('covers each format and failure, each bill with exactly one expected.json', () => {
    expect(expectations.map((f) => f.replace(/\.expected\.json$/, ''))).toEqual(bills.map((f) => f.replace(/\.csv$/, '')));
    const results = bills.map((f) => expected(f) as { ok: boolean; format?: string; code?: string });
    expect(new Set(results.map((r) => r.format ?? r.code))).toEqual(new Set(['alipay', 'wechat', 'jd', 'empty', 'not-a-bill']));
  });

  it.each(bills)('%s', (file) => {
    expect(parseBill(readFileSync(join(DIR, file)))).toEqual(expected(file));
  });

  it.each(bills)('%s: events are valid history events on the accounts it lists', (file) => {
    const result = parseBill(readFileSync(join(DIR, file)));
    if (!result.ok) return;
    const ids = new Set(result.accounts.map((a) => a.id));
    for (const e of result.events) {
      expect(eventSchema.safeParse({ ...e, source: 'import' }).success).toBe(true);
      if (e.accountId) expect(ids.has(e.accountId)).toBe(true);
    }
    expect([...ids].every((id) => result.events.some((e) => e.accountId === id))).toBe(true);
  });

  it('reads the GBK export the same as it would read the text', () => {
    const gbk = readFileSync(join(DIR, 'alipay-gbk.csv'));
    expect(gbk.includes(Buffer.from('花呗', 'utf8'))).toBe(false); // really GBK bytes
    expect(parseBill(gbk)).toMatchObject({ ok: true, format: 'alipay' });
  });
});

// Finding the header, the end of the data, a cut-off file, and the chunked variant.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBill, parseBillChunked, parseBillText } from '../../../utils/bills/parse';
import { ALIPAY_HEADER, alipayRow, alipayText, ok } from './support';

const DIR = join(__dirname, '../../fixtures/bills');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('header row', () => {
  it('is found by its names, whatever the padding, tabs, NBSP or order of the columns', () => {
    const header = ' 交易时间\t,交易分类,商品说明 ,交易对方,金额\u00a0,收/支,收/付款方式,交易状态,交易订单号,备注';
    const row = '2026-11-01 12:00:00,信用借还,借呗还款,借呗,500.00,不计收支,余额,还款成功,1,';
    expect(ok(parseBillText(`${header}\n${row}\n`)).events).toEqual([
      { at: '2026-11-01T04:00:00.000Z', kind: 'repay', amount: 500, accountId: 'alipay-jiebei', lender: '支付宝' },
    ]);
  });

  it('missing one identifying name, the file is not a bill', () => {
    expect(parseBillText(ALIPAY_HEADER.replace('商品说明', '说明') + '\n' + alipayRow({}))).toEqual({ ok: false, code: 'not-a-bill' });
    expect(parseBill(bytes('just some text\nwith lines'))).toEqual({ ok: false, code: 'not-a-bill' });
  });

  it('an empty or blank file is "empty"; a header with no rows is a bill with nothing in it', () => {
    expect(parseBill(new Uint8Array())).toEqual({ ok: false, code: 'empty' });
    expect(parseBill(bytes('\ufeff \r\n\t\n'))).toEqual({ ok: false, code: 'empty' });
    expect(parseBillText(ALIPAY_HEADER)).toEqual({
      ok: true,
      format: 'alipay',
      events: [],
      accounts: [],
      unplaced: [],
      otherRows: 0,
      duplicateRows: 0,
    });
  });
});

describe('end of the data', () => {
  it('stops at a "----" line (the summary of the old export follows, with commas in it)', () => {
    const r = ok(parseBillText(alipayText({}) + '-'.repeat(40) + '\n已收入:1笔,6000.00元,,,\n'));
    expect(r).toMatchObject({ otherRows: 0, unplaced: [] });
    expect(r.events).toHaveLength(1);
  });

  it('lists the cut last line of a truncated file and keeps the rows before it', () => {
    const full = alipayText({ order: '1' }, { order: '2', item: '借呗借款', counterparty: '借呗' });
    const cut = full.slice(0, full.lastIndexOf('借呗借款') + 2);
    const r = ok(parseBillText(cut));
    expect(r.events).toHaveLength(1);
    expect(r.unplaced).toEqual([{ line: 4, reason: 'truncated' }]);
  });

  it('a file cut inside a quoted cell is truncated too; a complete last row without a line break is not', () => {
    expect(ok(parseBillText(alipayText({}) + '2026-11-02 10:00:00,"信用借还')).unplaced).toEqual([{ line: 4, reason: 'truncated' }]);
    expect(ok(parseBillText(alipayText({}).trimEnd())).events).toHaveLength(1);
  });
});

describe('parseBillChunked', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.csv'));

  it.each(files)('%s: same result as parseBill', async (file) => {
    const data = readFileSync(join(DIR, file));
    expect(await parseBillChunked(data, { chunkRows: 3, yieldNow: () => Promise.resolve() })).toEqual(parseBill(data));
  });

  it('yields every chunk of rows and reports progress up to the whole text', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ order: String(i) }));
    const text = alipayText(...rows);
    const progress: [number, number][] = [];
    let yields = 0;
    const r = await parseBillChunked(bytes(text), {
      chunkRows: 100,
      onProgress: (done, total) => progress.push([done, total]),
      yieldNow: async () => {
        yields++;
      },
    });
    expect(ok(r).events).toHaveLength(1000);
    expect(yields).toBe(10); // 1,002 rows in chunks of 100
    expect(progress.at(-1)).toEqual([text.length, text.length]);
    expect(progress.every(([d, t], i) => t === text.length && d <= t && (i === 0 || d >= progress[i - 1]![0]))).toBe(true);
  });

  it('gives the event loop a turn by default', async () => {
    let ticked = false;
    setTimeout(() => (ticked = true), 0);
    await parseBillChunked(bytes(alipayText({}, {}, {})), { chunkRows: 1 });
    expect(ticked).toBe(true);
  });
});

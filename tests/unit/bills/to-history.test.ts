// A read bill → the options page's preview summary and the history file(s) it imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBill } from '../../../utils/bills/parse';
import { billHistory, billHistoryTexts, summarizeBill, utf8Length } from '../../../utils/bills/to-history';
import type { BillParse } from '../../../utils/bills/types';
import { parseHistory } from '../../../utils/model/history-schema';
import type { HistoryFile } from '../../../utils/model/types';
import { importHistory } from '../../../utils/storage/import-export';
import { freshDb } from '../storage/helpers';
import { alipay, ok } from './support';

const DIR = join(__dirname, '../../fixtures/bills');
const fixture = (name: string): BillParse => ok(parseBill(readFileSync(join(DIR, name))));
const NOW = new Date('2026-11-23T08:00:00.000Z');
const BILLS = ['alipay-gbk.csv', 'alipay-legacy.csv', 'alipay-truncated.csv', 'alipay-utf8.csv', 'jd.csv', 'wechat.csv'];

describe('summarizeBill', () => {
  it('counts borrowing and repayment per account, card repayments by bank, over the bill’s dates', () => {
    const result = fixture('alipay-gbk.csv');
    const s = summarizeBill(result);
    expect(s).toMatchObject({
      format: 'alipay',
      from: '2026-09-05T10:00:00.000Z',
      to: '2026-09-28T12:10:00.000Z',
      otherRows: result.otherRows,
      duplicates: 0,
      unplaced: [],
    });
    expect(s.lines.map((l) => l.key)).toEqual(['alipay-huabei', 'alipay-jiebei', 'card:中国工商银行']);
    expect(s.lines[0]).toMatchObject({ lender: '支付宝', product: '花呗', card: false, repays: 1, repaid: 1688 });
    expect(s.lines[1]).toEqual({
      key: 'alipay-jiebei',
      lender: '支付宝',
      product: '借呗',
      card: false,
      borrows: 1,
      borrowed: 20000,
      repays: 1,
      repaid: 1712.34,
    });
    expect(s.lines[2]).toEqual({
      key: 'card:中国工商银行',
      lender: '中国工商银行',
      card: true,
      borrows: 0,
      borrowed: 0,
      repays: 1,
      repaid: 3000,
    });
    expect(s.events).toHaveLength(result.events.length);
  });

  it.each(BILLS)('%s: every event on one line, the left-out rows passed on', (name) => {
    const result = fixture(name);
    const s = summarizeBill(result);
    expect(s.lines.reduce((n, l) => n + l.borrows + l.repays, 0)).toBe(s.events.length);
    expect(s.events.length + s.duplicates).toBe(result.events.length + result.duplicateRows);
    expect(s.unplaced).toEqual(result.unplaced);
    expect(s.otherRows).toBe(result.otherRows);
    for (const line of s.lines) if (!line.card) expect(result.accounts.map((a) => a.id)).toContain(line.key);
  });

  it('lists the rows it could not place by line and reason', () => {
    expect(summarizeBill(fixture('wechat.csv')).unplaced).toEqual([
      { line: 27, reason: 'unknown-lender' },
      { line: 29, reason: 'bad-time' },
    ]);
  });

  it('keeps the very same event once even under two order numbers, and counts the other as a duplicate', () => {
    const s = summarizeBill(alipay({ order: 'A1' }, { order: 'A2' }, { order: 'A3', amount: '50.00' }));
    expect(s.events).toHaveLength(2);
    expect(s.duplicates).toBe(1);
    expect(s.lines[0]).toMatchObject({ repays: 2, repaid: 150 });
  });

  it('has no date range when the bill holds no credit event', () => {
    const s = summarizeBill(alipay({ category: '餐饮美食', counterparty: '面馆', item: '面', io: '支出', order: 'B1' }));
    expect(s.events).toEqual([]);
    expect(s.from).toBeUndefined();
    expect(s.lines).toEqual([]);
  });
});

describe('billHistory', () => {
  it.each(BILLS)('%s: builds a history file that the import schema accepts as it is', (name) => {
    const result = fixture(name);
    const file = billHistory(result, summarizeBill(result), NOW);
    const parsed = parseHistory(JSON.parse(JSON.stringify(file)));
    expect(parsed).toEqual({ ok: true, file });
    expect(file).toMatchObject({
      format: 'limit-sentinel.history',
      version: 1,
      exportedAt: NOW.toISOString(),
      accounts: result.accounts,
      observations: [],
    });
    expect(file.events.every((e) => e.source === 'import')).toBe(true);
  });

  it('keeps a credit-card repayment as a lender without an account', () => {
    const result = fixture('alipay-gbk.csv');
    const card = billHistory(result, summarizeBill(result), NOW).events.find((e) => e.lender === '中国工商银行');
    expect(card).toEqual({ at: '2026-09-05T10:00:00.000Z', kind: 'repay', lender: '中国工商银行', amount: 3000, source: 'import' });
  });
});

describe('billHistoryTexts', () => {
  const file = (name = 'alipay-utf8.csv') => {
    const result = fixture(name);
    return billHistory(result, summarizeBill(result), NOW);
  };

  /** A cap with room for the accounts and about two events. */
  const roomForTwo = (f: HistoryFile) =>
    utf8Length(JSON.stringify({ ...f, events: [] })) + 2 * utf8Length(JSON.stringify(f.events[0])) + 20;

  it('is the file itself when it fits under the cap', () => {
    const f = file();
    const texts = billHistoryTexts(f, 20 * 1024 * 1024);
    expect(texts).toHaveLength(1);
    expect(JSON.parse(texts[0]!)).toEqual(f);
  });

  it('splits a file over the cap into valid files under it that hold every event once', () => {
    const f = file();
    const cap = roomForTwo(f);
    const texts = billHistoryTexts(f, cap);
    expect(texts.length).toBeGreaterThan(1);
    const events = [];
    for (const text of texts) {
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(cap);
      const parsed = parseHistory(JSON.parse(text));
      expect(parsed.ok).toBe(true);
      const part = JSON.parse(text) as HistoryFile;
      expect(part.accounts).toEqual(f.accounts);
      events.push(...part.events);
    }
    expect(events).toEqual(f.events);
  });

  it('stores a split bill once: a second import of the same parts adds nothing', async () => {
    const db = await freshDb();
    const f = file();
    const cap = roomForTwo(f);
    const texts = billHistoryTexts(f, cap);
    expect(texts.length).toBeGreaterThan(1);
    const added = async () => {
      let events = 0;
      for (const text of texts) {
        const reply = await importHistory(db, text, { maxBytes: cap });
        if (!reply.ok) throw new Error(reply.code);
        events += reply.added.events;
      }
      return events;
    };
    expect(await added()).toBe(f.events.length);
    expect(await added()).toBe(0);
  });
});

describe('utf8Length', () => {
  it('agrees with TextEncoder on ASCII, Chinese, and characters outside the BMP', () => {
    for (const s of ['', 'abc', '花呗还款', 'é ß', '¥12,345.00', '𠮷野家 🎉', '"\\u0000"']) {
      expect(utf8Length(s), s).toBe(new TextEncoder().encode(s).length);
    }
  });
});

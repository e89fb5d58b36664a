// Every fixture bill, mutated at random: the parser never throws, and whatever events it gives pass
// the history format's own event schema. Where a mutation must not change the reading (columns
// reordered, lines added before the header), the events must be exactly the original ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../utils/bills/csv';
import { decodeBill } from '../../../utils/bills/decode';
import { matchHeader } from '../../../utils/bills/formats';
import { parseBill, parseBillText } from '../../../utils/bills/parse';
import type { BillResult } from '../../../utils/bills/types';
import { eventSchema } from '../../../utils/model/history-schema';

const DIR = join(__dirname, '../../fixtures/bills');
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((name) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, name)));
    return { name, bytes, text: decodeBill(bytes), result: parseBill(bytes) };
  });
const RUNS = { numRuns: 150 };

/** The invariants every result keeps, however broken the input. */
function sound(r: BillResult): boolean {
  if (!r.ok) return r.code === 'empty' || r.code === 'not-a-bill';
  const ids = new Set(r.accounts.map((a) => a.id));
  const eventsOk = r.events.every((e) => {
    const parsed = eventSchema.safeParse({ ...e, source: 'import' });
    return (
      parsed.success &&
      parsed.data.at === e.at &&
      e.amount > 0 &&
      (e.accountId === undefined || ids.has(e.accountId)) &&
      (e.accountId ?? e.lender) !== undefined
    );
  });
  const linesOk = r.unplaced.every((u, i) => Number.isInteger(u.line) && u.line >= 1 && (i === 0 || u.line > r.unplaced[i - 1]!.line));
  return eventsOk && linesOk && [r.otherRows, r.duplicateRows].every((n) => Number.isInteger(n) && n >= 0);
}

const eventsOf = (r: BillResult) => (r.ok ? r.events : []);
const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

describe.each(fixtures)('$name, mutated', ({ bytes, text, result }) => {
  it('lines removed: sound, and no event that was not in the original', () => {
    const lines = text.split('\n');
    const original = new Set(eventsOf(result).map((e) => JSON.stringify(e)));
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: Math.max(0, lines.length - 1) }), { maxLength: 6 }), (drop) => {
        const r = parseBillText(lines.filter((_, i) => !drop.includes(i)).join('\n'));
        return sound(r) && eventsOf(r).every((e) => original.has(JSON.stringify(e)));
      }),
      RUNS,
    );
  });

  it('columns reordered, header and rows alike: the same events', () => {
    const rows = readCsv(text).map((r) => r.cells);
    const at = rows.findIndex((cells) => matchHeader(cells));
    if (at < 0) return;
    const width = rows[at]!.length;
    const end = rows.findIndex((cells, i) => i > at && cells[0]?.startsWith('---'));
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(width).keys()], { minLength: width, maxLength: width }), (order) => {
        const out = rows.map((cells, i) => (i < at || (end >= 0 && i >= end) ? cells : order.map((k) => cells[k] ?? '')));
        const r = parseBillText(out.map((cells) => cells.map(quote).join(',')).join('\n') + '\n');
        expect(sound(r)).toBe(true);
        expect(eventsOf(r)).toEqual(eventsOf(result));
      }),
      { numRuns: 50 },
    );
  });

  it('extra lines before the header: the same events, unplaced lines moved down', () => {
    const word = fc.constantFrom(
      '导出信息：',
      '共20笔记录',
      '[2026-11-01 00:00:00]',
      '特别提示',
      '----',
      ',,,,',
      ' ',
      '\t',
      '收入：1笔 8000.00元',
      '注：',
    );
    const line = fc.array(word, { maxLength: 5 }).map((ws) => ws.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (extra) => {
        const r = parseBillText(extra.join('\n') + '\n' + text);
        if (!result.ok) return sound(r);
        return (
          sound(r) &&
          r.ok &&
          JSON.stringify(r.events) === JSON.stringify(result.events) &&
          JSON.stringify(r.unplaced.map((u) => ({ ...u, line: u.line - extra.length }))) === JSON.stringify(result.unplaced)
        );
      }),
      RUNS,
    );
  });

  it('NBSP, tabs and spaces sprinkled anywhere: sound', () => {
    const pad = fc.constantFrom('\u00a0', '\t', ' ', '\u3000', '\ufeff');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: text.length }), pad), { maxLength: 30 }), (inserts) => {
        let t = text;
        for (const [i, p] of [...inserts].sort((a, b) => b[0] - a[0])) t = t.slice(0, i) + p + t.slice(i);
        return sound(parseBillText(t));
      }),
      RUNS,
    );
  });

  it('random bytes written over and into the file: sound', () => {
    const edit = fc.tuple(fc.nat({ max: bytes.length }), fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        let b = bytes;
        for (const [i, chunk, overwrite] of edits) {
          const at = Math.min(i, b.length);
          if (overwrite) {
            b = b.slice();
            b.set(chunk.subarray(0, b.length - at), at);
          } else {
            const next = new Uint8Array(b.length + chunk.length);
            next.set(b.subarray(0, at));
            next.set(chunk, at);
            next.set(b.subarray(at), at + chunk.length);
            b = next;
          }
        }
        return sound(parseBill(b));
      }),
      RUNS,
    );
  });
});

describe('arbitrary input', () => {
  it('any bytes or text: never throws, always sound', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => sound(parseBill(b))),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => sound(parseBillText(s))),
      { numRuns: 500 },
    );
  });
});

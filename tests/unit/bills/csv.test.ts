import { describe, expect, it } from 'vitest';
import { CsvReader, readCsv } from '../../../utils/bills/csv';

const cells = (text: string) => readCsv(text).map((r) => r.cells);

describe('readCsv', () => {
  it('splits rows on LF, CRLF and a lone CR', () => {
    expect(cells('a,b\nc,d\r\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('reads quoted fields with commas, "" escapes and line breaks', () => {
    expect(cells('"a,1","say ""hi""","x\r\ny"\n')).toEqual([['a,1', 'say "hi"', 'x\r\ny']]);
    expect(cells('"",b\n')).toEqual([['', 'b']]);
  });

  it('trims the padding Alipay and WeChat put around cells (spaces, trailing tab)', () => {
    expect(cells('交易号          ,2026112022001\t, 金额 ,  "引号"  \t,\t\n')).toEqual([['交易号', '2026112022001', '金额', '引号', '']]);
  });

  it('keeps text after a closing quote rather than losing it', () => {
    expect(cells('"8,000.00"元,x\n')).toEqual([['8,000.00元', 'x']]);
  });

  it('gives blank lines as one empty cell, and trailing commas as empty cells', () => {
    expect(cells('a,b,\n\n,,\n')).toEqual([['a', 'b', ''], [''], ['', '', '']]);
  });

  it('numbers rows by the line they start on, counting breaks inside quotes', () => {
    const rows = readCsv('h1,h2\n"two\nlines",x\r\n\nlast,row');
    expect(rows.map((r) => [r.line, r.ended, r.openQuote])).toEqual([
      [1, true, false],
      [2, true, false],
      [4, true, false],
      [5, false, false],
    ]);
  });

  it('marks a text that ends inside a quoted cell', () => {
    const rows = readCsv('a,b\nc,"unfinish');
    expect(rows[1]).toEqual({ cells: ['c', 'unfinish'], line: 2, ended: false, openQuote: true });
  });

  it('reads row by row and reports its offset', () => {
    const reader = new CsvReader('a,b\nc,d\n');
    expect(reader.next()?.cells).toEqual(['a', 'b']);
    expect(reader.offset).toBe(4);
    expect(reader.next()?.cells).toEqual(['c', 'd']);
    expect(reader.next()).toBeUndefined();
    expect(readCsv('')).toEqual([]);
  });
});

// Bad pages: 100k nodes, 10 MB of text, tables nested hundreds deep. The reader reads a bounded part
// of them (readPage's caps: elements, nesting depth, characters per text) and records nothing wrong:
// what it reads near the top is right, what lies beyond the caps is left out, never misread. Speed is
// measured in `npm run bench` (capture.bad-page-100k-nodes), not here.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { MAX_DEPTH, MAX_ELEMENTS, readPage } from '../../../utils/extract/status';

const load = (body: string) =>
  parseHTML(`<!DOCTYPE html><html><head><title>我的额度</title></head><body>${body}</body></html>`).document as unknown as Document;
const read = (doc: Document) => extractGeneric(doc, new URL('https://h5.example-lender.cn/quota')).observations;
const ACCOUNT = '<div class="quota"><p>可用额度(元)</p><p>6,500.00</p><p>总额度(元)</p><p>20,000.00</p></div>';
// Shop items and chatter: figures everywhere, no label the lexicon knows.
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<span>商品${i} ¥${(i % 997) + 1}.90</span>`).join('');

// Building and parsing a 100k-node document with linkedom takes seconds on a busy machine.
describe('bad pages', { timeout: 120_000 }, () => {
  it('reads the account at the top of a 100k-node page, and only a bounded number of elements', () => {
    const doc = load(ACCOUNT + `<div>${filler(100_000)}</div>`);
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(100_000);
    expect(readPage(doc).els.length).toBeLessThanOrEqual(MAX_ELEMENTS);
    expect(read(doc)).toEqual([{ status: 'unknown', availableLimit: 6500, totalLimit: 20000 }]);
  });

  it('records nothing from an account beyond the elements it reads, rather than half of it', () => {
    const doc = load(`<div>${filler(100_000)}</div>` + ACCOUNT);
    expect(read(doc)).toEqual([]);
  });

  it('reads around 10 MB of text without reading it as figures', () => {
    const chatter = '借款额度可用额度：5,000 最高可借200,000 '.repeat(400_000);
    expect(chatter.length).toBeGreaterThan(10_000_000);
    const doc = load(ACCOUNT + `<p>${chatter}</p><div><p>${chatter}</p></div>`);
    const page = readPage(doc);
    for (const el of page.els) expect(page.text(el).length).toBeLessThanOrEqual(2_000);
    expect(read(doc)).toEqual([{ status: 'unknown', availableLimit: 6500, totalLimit: 20000 }]);
  });

  it('reads a card table nested a few tables deep, and nothing from one nested past the depth it reads', () => {
    const nest = (levels: number, inner: string) => '<table><tr><td>'.repeat(levels) + inner + '</td></tr></table>'.repeat(levels);
    const card =
      '<table><tr><th>卡号</th><th>信用额度</th><th>可用额度</th></tr><tr><td>**** 1234</td><td>30,000</td><td>12,000</td></tr></table>';
    expect(read(load(nest(5, card)))).toEqual([expect.objectContaining({ product: '尾号1234', totalLimit: 30000, availableLimit: 12000 })]);
    // Four elements a level (table, tbody, tr, td): far past MAX_DEPTH.
    const deep = load(nest(MAX_DEPTH, card));
    expect(read(deep)).toEqual([]);
    expect(readPage(deep).els.length).toBeLessThanOrEqual(MAX_DEPTH);
  });

  it('keeps a deeply nested page from exhausting the stack', () => {
    const doc = load('<div>'.repeat(5_000) + ACCOUNT + '</div>'.repeat(5_000));
    expect(() => read(doc)).not.toThrow();
    expect(read(doc)).toEqual([]);
  });
});

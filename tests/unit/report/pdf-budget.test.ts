// The PDF reader's budgets on PDFs crafted here: unpacked bytes (an inflate bomb), text items (a page
// of many tiny runs), pages, time, and a stop from the caller. Over any of them the reading ends with
// the budget's name and pdf.js is stopped; within them the same files read normally.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { nodePdfLoader } from '../../../scripts/lib/pdf-node';
import { reportCommand } from '../../../scripts/lib/report-cli';
import { overDecodedBudget } from '../../../utils/report/pdf-budget';
import { pdfLines, type PdfLoader } from '../../../utils/report/pdf-lines';
import { craftPdf, textRuns } from './crafted-pdf';

let node: PdfLoader;
beforeAll(async () => {
  node = await nodePdfLoader();
});
/** Node's loader with a `stop` that can be watched. */
const watched = () => ({ open: node.open, stop: vi.fn() });

const MB = 1024 * 1024;
const plain = craftPdf([{ content: 'BT /F1 12 Tf 72 720 Td (Hello) Tj ET' }]);

// pdf.js reading a few thousand items takes seconds on a busy machine: these are not timing tests.
describe('PDF budgets', { timeout: 30_000 }, () => {
  it('stops an inflate bomb before pdf.js sees it: 40 MB of spaces in a 40 KB stream', async () => {
    const bomb = craftPdf([{ content: Buffer.alloc(40 * MB, 0x20), compress: true }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const loader = { open: vi.fn(node.open), stop: vi.fn() };
    expect(await pdfLines(loader, bomb, { budget: { decodedBytes: 8 * MB } })).toEqual({
      ok: false,
      problem: 'too-heavy',
      budget: 'bytes',
    });
    expect(loader.open).not.toHaveBeenCalled();
    expect(await overDecodedBudget(bomb, 64 * MB)).toBe(false);
  });

  it('counts every compressed stream of the file together', async () => {
    const pages = Array.from({ length: 3 }, () => ({ content: Buffer.alloc(3 * MB, 0x20), compress: true }));
    expect(await overDecodedBudget(craftPdf(pages), 8 * MB)).toBe(true);
    expect(await overDecodedBudget(craftPdf(pages), 10 * MB)).toBe(false);
  });

  it('stops at the text-item budget, and reads the same page within it', async () => {
    const many = craftPdf([{ content: textRuns(3000), compress: true }]);
    const loader = watched();
    expect(await pdfLines(loader, many, { budget: { textItems: 1000 } })).toEqual({ ok: false, problem: 'too-heavy', budget: 'items' });
    expect(loader.stop).toHaveBeenCalled();
    const read = await pdfLines(node, many, { budget: { textItems: 4000 } });
    expect(read.ok).toBe(true);
  });

  it('counts the text items of all pages against one budget', async () => {
    const pages = Array.from({ length: 4 }, () => ({ content: textRuns(800) }));
    expect(await pdfLines(watched(), craftPdf(pages), { budget: { textItems: 3000 } })).toMatchObject({ budget: 'items' });
    expect((await pdfLines(node, craftPdf(pages), { budget: { textItems: 3300 } })).ok).toBe(true);
  });

  it('says how many pages a PDF over the page budget has', async () => {
    const pages = Array.from({ length: 5 }, () => ({ content: 'BT /F1 12 Tf 72 720 Td (p) Tj ET' }));
    expect(await pdfLines(node, craftPdf(pages), { budget: { pages: 3 } })).toEqual({ ok: false, problem: 'too-many-pages', pages: 5 });
  });

  it('stops at the time budget and stops pdf.js', async () => {
    const loader = { open: (d: Uint8Array) => new Promise<never>(() => void d), stop: vi.fn() };
    expect(await pdfLines(loader, plain, { budget: { ms: 50 } })).toEqual({ ok: false, problem: 'too-heavy', budget: 'time' });
    expect(loader.stop).toHaveBeenCalledTimes(1);
  });

  it('stops when the caller aborts, and pdf.js with it', async () => {
    const controller = new AbortController();
    const loader = { open: (d: Uint8Array) => new Promise<never>(() => void d), stop: vi.fn() };
    const reading = pdfLines(loader, plain, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await reading).toEqual({ ok: false, problem: 'unreadable' });
    expect(loader.stop).toHaveBeenCalledTimes(1);
  });

  it('reads a small crafted PDF within the default budget', async () => {
    const read = await pdfLines(node, plain);
    expect(read).toMatchObject({ ok: true, pages: 1 });
    if (read.ok) expect(read.lines).toEqual([['Hello']]);
  });

  it('holds for extract in Node: a too heavy PDF is one line on stderr, exit 2', async () => {
    const bomb = craftPdf([{ content: Buffer.alloc(20 * MB, 0x20), compress: true }]);
    const out = await reportCommand('bomb.pdf', bomb, node, (r) => r, { decodedBytes: 4 * MB });
    expect(out).toMatchObject({ stdout: '', code: 2 });
    expect(out.stderr).toMatch(/^extract: bomb\.pdf is too heavy to read: over 128 MB unpacked/);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });
});

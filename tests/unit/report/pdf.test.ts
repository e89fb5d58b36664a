// Credit report PDFs (printed from the fixture pages with Chromium, as people save the report) read
// with the same reader as the page: the very same accounts, ids, report time and inquiries. An
// encrypted, a scanned (textless) and a non-report PDF each give their plain outcome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodePdfLoader } from '../../../scripts/lib/pdf-node';
import { reportCommand, reportResult } from '../../../scripts/lib/report-cli';
import { toCliShape } from '../../../scripts/lib/cli-shape';
import { pdfLines, type PdfLoader } from '../../../utils/report/pdf-lines';

const REPORTS = join(__dirname, '../../fixtures/reports');
const PAGES = join(__dirname, '../../fixtures/pages');
const bytes = (name: string) => new Uint8Array(readFileSync(join(REPORTS, name)));
let loader: PdfLoader;
beforeAll(async () => {
  loader = await nodePdfLoader();
});

describe('credit report PDFs printed from the report pages', () => {
  it.each(['brief-gen1', 'brief-gen2', 'detailed-gen2', 'no-credit', 'queries-gen1', 'queries-gen2'])(
    '%s reads as its page does',
    async (name) => {
      const expected = JSON.parse(
        readFileSync(join(PAGES, `pboc-credit-report-${name}.html`.replace(/\.html$/, '.expected.json')), 'utf8'),
      ) as { result: unknown };
      expect(await reportResult(loader, bytes(`pboc-credit-report-${name}.pdf`))).toEqual(expected.result);
    },
  );

  it('reports progress page by page', async () => {
    const seen: [number, number][] = [];
    const read = await pdfLines(loader, bytes('pboc-credit-report-brief-gen1.pdf'), (done, total) => seen.push([done, total]));
    expect(read.ok).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
  });
});

describe('PDFs that are not a readable report', () => {
  it('gives empty arrays for a PDF that is not a credit report', async () => {
    const out = await reportCommand('x.pdf', bytes('not-a-report.pdf'), loader, toCliShape);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ adapter: 'pboc-credit-report', observations: [], events: [] });
  });

  it.each([
    ['pboc-credit-report-encrypted.pdf', 'encrypted', /encrypted PDF/],
    ['pboc-credit-report-scanned.pdf', 'no-text', /no text .*online report/],
  ])('%s: %s, one line on stderr, exit 2', async (file, problem, message) => {
    expect(await reportResult(loader, bytes(file))).toBe(problem);
    const out = await reportCommand(file, bytes(file), loader, toCliShape);
    expect(out).toMatchObject({ stdout: '', code: 2 });
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says a damaged file is not a PDF', async () => {
    expect(await reportResult(loader, new TextEncoder().encode('%PDF-1.4 nothing else'))).toBe('not-pdf');
  });
});

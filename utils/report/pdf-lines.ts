// A credit report PDF's text layer as lines of cells (lines.ts), the shape the report reader takes.
// pdf.js is a parameter: the CLI passes Node's build, the options page the browser's, each set up
// with eval off and the CJK character maps (Chinese PDFs need them to give text).
import type { ReportLine } from './lines';
import { cellText } from './text';

/** What this file uses of pdf.js's text content. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
export interface PdfPage {
  getTextContent(): Promise<{ items: (PdfTextItem | { type: string })[] }>;
  cleanup?(): void;
}
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
export interface PdfLoader {
  /** Opens the bytes (pdf.js getDocument(...).promise with the caller's options). */
  open(data: Uint8Array): Promise<PdfDocument>;
}

export type PdfProblem = 'not-pdf' | 'encrypted' | 'no-text' | 'too-many-pages' | 'unreadable';
export type PdfLines = { ok: true; lines: ReportLine[]; pages: number } | { ok: false; problem: PdfProblem };

/** More pages than any report has: a file this long is not one, and reading it would take long. */
export const MAX_PDF_PAGES = 200;

const isText = (i: PdfTextItem | { type: string }): i is PdfTextItem => typeof (i as PdfTextItem).str === 'string';

/**
 * A page's items grouped into lines (by baseline), each cut into cells at every gap: pdf.js gives a
 * gap between two runs as a space item (or none), and a table's columns are often only a few points
 * apart, while a sentence's runs touch. The sentence reader joins the cells again, so a cut inside a
 * sentence costs nothing; the query reader lines cells up with the header.
 */
export function pageLines(items: PdfTextItem[]): ReportLine[] {
  const runs = items.map((i) => ({ x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, w: i.width, h: Math.abs(i.height) || Math.abs(i.transform[3] ?? 0), s: i.str }));
  // Top to bottom, then left to right; a run within half a line's height of a line's baseline is on it.
  const text = runs.filter((r) => r.s.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: (typeof text)[] = [];
  for (const r of text) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - r.y) <= Math.max(row[0]!.h, r.h, 1) * 0.5) row.push(r);
    else rows.push([r]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const cells: string[] = [];
    let cell = '';
    let end = -Infinity;
    for (const r of row) {
      if (cell && r.x - end > Math.max(r.h, 1) * 0.2) {
        cells.push(cell);
        cell = '';
      }
      cell += r.s;
      end = Math.max(end, r.x + r.w);
    }
    cells.push(cell);
    // Spaces inside a run separate fields too (pdf.js joins close runs with a space).
    return cells.flatMap((c) => c.split(/\s{2,}|(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+(?=\d)|(?<=\d)\s+(?=[^\x00-\x7f])/)).map(cellText).filter(Boolean);
  }).filter((l) => l.length > 0);
}

/** The whole document's lines; `onPage` reports progress after each page. */
export async function pdfLines(loader: PdfLoader, data: Uint8Array, onPage?: (done: number, total: number) => void): Promise<PdfLines> {
  let doc: PdfDocument;
  try {
    doc = await loader.open(data);
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') return { ok: false, problem: 'encrypted' };
    if (name === 'InvalidPDFException') return { ok: false, problem: 'not-pdf' };
    return { ok: false, problem: 'unreadable' };
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) return { ok: false, problem: 'too-many-pages' };
    const lines: ReportLine[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      lines.push(...pageLines(content.items.filter(isText)));
      page.cleanup?.();
      onPage?.(n, doc.numPages);
    }
    // A scanned report is pictures of pages: no text at all.
    if (!lines.length) return { ok: false, problem: 'no-text' };
    return { ok: true, lines, pages: doc.numPages };
  } catch {
    return { ok: false, problem: 'unreadable' };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

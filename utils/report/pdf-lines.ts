// A credit report PDF's text layer as lines of cells (lines.ts), the shape the report reader takes.
// pdf.js is a parameter: the CLI passes Node's build, the options page the browser's, each set up
// with eval off and the CJK character maps (Chinese PDFs need them to give text).
import type { ReportLine } from './lines';
import { overDecodedBudget } from './pdf-budget';
import { cellText } from './text';

/** What this file uses of pdf.js's text content. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
type PdfItem = PdfTextItem | { type: string };
export interface PdfPage {
  getTextContent(): Promise<{ items: PdfItem[] }>;
  /** The same items in chunks as pdf.js makes them: a page's count is checked as it grows. */
  streamTextContent?(): ReadableStream<{ items: PdfItem[] }>;
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
  /** Ends pdf.js's worker at once (the browser's): a reading stopped for its budget or by the person
   *  must not go on in the background. The next `open` starts a new one. */
  stop?(): void;
}

export type PdfProblem = 'not-pdf' | 'encrypted' | 'no-text' | 'too-many-pages' | 'too-heavy' | 'unreadable';
/** Which budget a too-heavy PDF went over. */
export type PdfBudgetName = 'bytes' | 'items' | 'time';
export type PdfLines =
  | { ok: true; lines: ReportLine[]; pages: number }
  | { ok: false; problem: Exclude<PdfProblem, 'too-many-pages' | 'too-heavy'> }
  | { ok: false; problem: 'too-many-pages'; pages: number }
  | { ok: false; problem: 'too-heavy'; budget: PdfBudgetName };

/** What one reading may cost. A credit report is a few dozen pages, a few thousand text items, a few MB. */
export interface PdfBudget {
  /** More pages than any report has: a file this long is not one, and reading it would take long. */
  pages: number;
  /** Bytes all its zlib streams unpack to (pdf-budget.ts). */
  decodedBytes: number;
  /** Text items over the whole document (a 0.6 MB PDF of 6 million items ran 45 s at 2.5 GB). */
  textItems: number;
  /** Wall time, for what the other budgets do not see (a page's drawing operators, fonts). */
  ms: number;
}

export const PDF_BUDGET: PdfBudget = { pages: 200, decodedBytes: 128 * 1024 * 1024, textItems: 300_000, ms: 60_000 };
export const MAX_PDF_PAGES = PDF_BUDGET.pages;

export interface PdfReadOptions {
  onPage?: (done: number, total: number) => void;
  signal?: AbortSignal;
  budget?: Partial<PdfBudget>;
}

const isText = (i: PdfItem): i is PdfTextItem => typeof (i as PdfTextItem).str === 'string';

class OverBudget extends Error {
  constructor(readonly budget: PdfBudgetName) {
    super(`over the ${budget} budget`);
  }
}
class Stopped extends Error {}

interface Cell {
  x0: number;
  x1: number;
  text: string;
}
interface Line {
  y: number;
  h: number;
  cells: Cell[];
}

/**
 * A page's items grouped into lines (by baseline), each cut into cells at every gap: pdf.js gives a
 * gap between two runs as a space item (or none), and a table's columns are often only a few points
 * apart, while a sentence's runs touch. The sentence reader joins the cells again, so a cut inside a
 * sentence costs nothing; the query reader lines cells up with the header.
 */
function baselines(items: PdfTextItem[]): Line[] {
  const runs = items
    .map((i) => ({
      x: i.transform[4] ?? 0,
      y: i.transform[5] ?? 0,
      w: i.width,
      h: Math.abs(i.height) || Math.abs(i.transform[3] ?? 0) || 1,
      s: i.str,
    }))
    .filter((r) => r.s.trim() !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: (typeof runs)[] = [];
  // A run within half a line's height of a line's baseline is on it.
  for (const r of runs) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - r.y) <= Math.max(row[0]!.h, r.h) * 0.5) row.push(r);
    else rows.push([r]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const cells: Cell[] = [];
    for (const r of row) {
      const last = cells.at(-1);
      if (last && r.x - last.x1 <= r.h * 0.2) {
        last.text += r.s;
        last.x1 = Math.max(last.x1, r.x + r.w);
      } else cells.push({ x0: r.x, x1: r.x + r.w, text: r.s });
    }
    return { y: row[0]!.y, h: Math.max(...row.map((r) => r.h)), cells };
  });
}

/**
 * Table cells whose text wraps over several printed lines (账户授 / 信额度, a long lender name) make
 * one band of lines: a line joins the band above when it is within a line's spacing, each of its cells
 * falls under one column of the band, and a column it adds to was filled to its edge (the text went
 * on below). A new table row has a gap and starts in columns whose text ended short.
 */
function bands(lines: Line[]): Cell[][] {
  // The page's right margin: where the last column of a full-width table ends.
  const margin = Math.max(0, ...lines.flatMap((l) => l.cells.map((c) => c.x1)));
  const out: { cols: Cell[]; y: number; h: number }[] = [];
  for (const line of lines) {
    const band = out.at(-1);
    if (band && joins(band, line, margin)) {
      for (const c of line.cells) {
        const col = band.cols.find((k) => overlaps(k, c));
        if (col) {
          col.text += c.text;
          col.x0 = Math.min(col.x0, c.x0);
          col.x1 = Math.max(col.x1, c.x1);
        } else band.cols.push({ ...c });
      }
      band.cols.sort((a, b) => a.x0 - b.x0);
      band.y = line.y;
      continue;
    }
    out.push({ cols: line.cells.map((c) => ({ ...c })), y: line.y, h: line.h });
  }
  return out.map((b) => b.cols);
}

const overlaps = (a: Cell, b: Cell) => a.x0 < b.x1 && b.x0 < a.x1;

function joins(band: { cols: Cell[]; y: number; h: number }, line: Line, margin: number): boolean {
  const h = Math.max(band.h, line.h);
  if (band.y - line.y > h * 1.35) return false;
  const starts = [...band.cols, ...line.cells].map((c) => c.x0);
  for (const c of line.cells) {
    const under = band.cols.filter((k) => overlaps(k, c));
    if (under.length > 1) return false;
    const col = under[0];
    if (!col) continue;
    if (line.cells.filter((o) => overlaps(o, col)).length > 1) return false;
    // Filled to its edge: the next column starts right after it, or it reaches the right margin.
    const full = margin - col.x1 <= h * 1.6 || starts.some((x) => x >= col.x1 - 0.01 && x - col.x1 <= h * 1.6);
    if (!full) return false;
  }
  return true;
}

export function pageLines(items: PdfTextItem[]): ReportLine[] {
  return bands(baselines(items))
    .map((cells) =>
      // Spaces inside a run separate fields too (pdf.js joins close runs with a space).
      cells
        .flatMap((c) => c.text.split(/\s{2,}|(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+(?=\d)|(?<=\d)\s+(?=[^\x00-\x7f])/))
        .map(cellText)
        .filter(Boolean),
    )
    .filter((l) => l.length > 0);
}

/** A page's text items, through pdf.js's stream where it has one, stopping once `left` is exceeded. */
async function pageItems(page: PdfPage, left: number, signal?: AbortSignal): Promise<PdfItem[]> {
  if (!page.streamTextContent) {
    const { items } = await page.getTextContent();
    if (items.length > left) throw new OverBudget('items');
    return items;
  }
  // Not cancelled when over: cancelling pdf.js's stream mid-page breaks its in-process worker (Node)
  // for the next document; the document is destroyed and the browser's worker ended instead.
  const reader = page.streamTextContent().getReader();
  const items: PdfItem[] = [];
  for (;;) {
    if (signal?.aborted) throw new Stopped();
    const { done, value } = await reader.read();
    if (done) return items;
    // Pushed one by one: spreading a chunk of a million items into push() overflows the stack.
    for (const item of value.items) items.push(item);
    if (items.length > left) throw new OverBudget('items');
  }
}

/**
 * The whole document's lines, within `budget` (PDF_BUDGET by default); `onPage` reports progress after
 * each page. Over a budget, or when `signal` aborts, pdf.js's document is destroyed and its worker
 * stopped (the loader's `stop`); an aborted reading answers 'unreadable' (the caller has gone).
 */
export async function pdfLines(
  loader: PdfLoader,
  data: Uint8Array,
  options: PdfReadOptions | ((done: number, total: number) => void) = {},
): Promise<PdfLines> {
  const { onPage, signal, budget: partial } = typeof options === 'function' ? { onPage: options } : options;
  const budget = { ...PDF_BUDGET, ...partial };
  if (await overDecodedBudget(data, budget.decodedBytes, signal)) return { ok: false, problem: 'too-heavy', budget: 'bytes' };
  if (signal?.aborted) return { ok: false, problem: 'unreadable' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    loader.stop?.();
  };
  // The time budget and the abort both end the reading where it is, even inside a pdf.js call.
  const cut = new Promise<PdfLines>((resolve) => {
    timer = setTimeout(() => (stop(), resolve({ ok: false, problem: 'too-heavy', budget: 'time' })), budget.ms);
    signal?.addEventListener('abort', () => (stop(), resolve({ ok: false, problem: 'unreadable' })), { once: true });
  });
  try {
    return await Promise.race([cut, read(loader, data, budget, onPage, signal)]);
  } finally {
    clearTimeout(timer);
  }
}

async function read(
  loader: PdfLoader,
  data: Uint8Array,
  budget: PdfBudget,
  onPage: ((done: number, total: number) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<PdfLines> {
  let doc: PdfDocument;
  try {
    doc = await loader.open(data);
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') return { ok: false, problem: 'encrypted' };
    if (name === 'InvalidPDFException') return { ok: false, problem: 'not-pdf' };
    return { ok: false, problem: 'unreadable' };
  }
  let over: PdfBudgetName | undefined;
  try {
    if (doc.numPages > budget.pages) return { ok: false, problem: 'too-many-pages', pages: doc.numPages };
    const lines: ReportLine[] = [];
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (signal?.aborted) throw new Stopped();
      const page = await doc.getPage(n);
      const content = await pageItems(page, budget.textItems - items, signal);
      items += content.length;
      lines.push(...pageLines(content.filter(isText)));
      page.cleanup?.();
      onPage?.(n, doc.numPages);
    }
    // A scanned report is pictures of pages: no text at all.
    if (!lines.length) return { ok: false, problem: 'no-text' };
    return { ok: true, lines, pages: doc.numPages };
  } catch (e) {
    if (e instanceof OverBudget) {
      over = e.budget;
      return { ok: false, problem: 'too-heavy', budget: e.budget };
    }
    return { ok: false, problem: 'unreadable' };
  } finally {
    await doc.destroy().catch(() => undefined);
    // pdf.js may still be busy on what was asked before the stop: its worker goes too.
    if (over) loader.stop?.();
  }
}

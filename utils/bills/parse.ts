// Bill export bytes → borrow/repay events. Pure: bytes in, result out; the chunked variant only adds
// pauses (an injected `yieldNow`) so an extension page stays responsive on a year of rows.
import { BILL_ACCOUNTS } from './accounts';
import { classifyRow, squash } from './classify';
import { CsvReader, type CsvRow } from './csv';
import { decodeBill } from './decode';
import { matchHeader, type BillHeader } from './formats';
import type { BillEvent, BillField, BillResult, BillRow, UnplacedRow } from './types';

/** The current row through the header's columns; one per file, not one per row (it is a hot path). */
class RowView implements BillRow {
  cells: readonly string[] = [];
  constructor(private readonly columns: BillHeader['columns']) {}

  get(field: BillField): string {
    const at = this.columns[field];
    if (at) {
      for (const i of at) {
        const v = this.cells[i];
        if (v) return v;
      }
    }
    return '';
  }
}

interface Reading {
  reader: CsvReader;
  header?: BillHeader;
  view: RowView;
  /** A "----" line after the data: what follows is the old Alipay export's summary. */
  done: boolean;
  events: BillEvent[];
  unplaced: UnplacedRow[];
  otherRows: number;
  duplicateRows: number;
  orders: Set<string>;
}

export function parseBill(bytes: Uint8Array): BillResult {
  return parseBillText(decodeBill(bytes));
}

export function parseBillText(text: string): BillResult {
  const reading = begin(text);
  if (!('reader' in reading)) return reading;
  advance(reading, Infinity);
  return finish(reading);
}

export interface ChunkOptions {
  /** Rows read between pauses (default 2,000). */
  chunkRows?: number;
  /** Called at each pause and at the end, in characters of decoded text. */
  onProgress?: (done: number, total: number) => void;
  /** How to give the event loop a turn (default: a `setTimeout(0)`). */
  yieldNow?: () => Promise<void>;
}

export async function parseBillChunked(bytes: Uint8Array, options: ChunkOptions = {}): Promise<BillResult> {
  const text = decodeBill(bytes);
  const reading = begin(text);
  if (!('reader' in reading)) return reading;
  const chunk = Math.max(1, Math.floor(options.chunkRows ?? 2000));
  const yieldNow = options.yieldNow ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  while (!advance(reading, chunk)) {
    options.onProgress?.(reading.reader.offset, text.length);
    await yieldNow();
  }
  options.onProgress?.(text.length, text.length);
  return finish(reading);
}

function begin(text: string): Reading | BillResult {
  if (!/\S/.test(text)) return { ok: false, code: 'empty' };
  return {
    reader: new CsvReader(text),
    view: new RowView({}),
    done: false,
    events: [],
    unplaced: [],
    otherRows: 0,
    duplicateRows: 0,
    orders: new Set(),
  };
}

/** Reads up to `rows` rows; true when the file is read. */
function advance(r: Reading, rows: number): boolean {
  for (let n = 0; n < rows; n++) {
    const row = r.reader.next();
    if (!row) return true;
    if (r.header) readDataRow(r, r.header, row);
    else if ((r.header = matchHeader(row.cells))) r.view = new RowView(r.header.columns);
    if (r.done) return true;
  }
  return false;
}

function readDataRow(r: Reading, header: BillHeader, row: CsvRow): void {
  const { cells } = row;
  if (isBlank(cells)) return;
  if (cells[0]?.startsWith('---')) {
    r.done = true;
    return;
  }
  // A last row that stops before its line does: the file was cut (a download cut short).
  if (!row.ended && (row.openQuote || cells.length < header.width)) {
    r.unplaced.push({ line: row.line, reason: 'truncated' });
    return;
  }
  const view = r.view;
  view.cells = cells;
  const order = squash(view.get('order'));
  if (order && order !== '/') {
    if (r.orders.has(order)) {
      r.duplicateRows++;
      return;
    }
    r.orders.add(order);
  }
  const verdict = classifyRow(header.spec, view);
  if (verdict === undefined) r.otherRows++;
  else if (typeof verdict === 'string') r.unplaced.push({ line: row.line, reason: verdict });
  else r.events.push(verdict);
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '') return false;
  return true;
}

function finish(r: Reading): BillResult {
  if (!r.header) return { ok: false, code: 'not-a-bill' };
  const used = new Set(r.events.map((e) => e.accountId));
  return {
    ok: true,
    format: r.header.spec.id,
    events: r.events,
    accounts: BILL_ACCOUNTS.filter((a) => used.has(a.id)).map((a) => ({ ...a })),
    unplaced: r.unplaced,
    otherRows: r.otherRows,
    duplicateRows: r.duplicateRows,
  };
}

// A read bill → what the options page previews, and the history file(s) it imports. Pure: the page
// passes `now` and the size cap in, so Vitest checks exactly what the page sends.
import type { Account, HistoryEvent, HistoryFile } from '../model/types';
import { eventKey } from '../storage/db';
import type { BillEvent, BillFormat, BillParse, UnplacedRow } from './types';

/** Borrowing and repayment on one account (or, for credit-card repayments, at one bank). */
export interface BillAccountLine {
  /** The account id, or `card:<bank>` for a credit-card repayment (no account). */
  key: string;
  lender: string;
  product?: string;
  /** A credit-card repayment line: the bank is all the bill names. */
  card: boolean;
  borrows: number;
  borrowed: number;
  repays: number;
  repaid: number;
}

export interface BillSummary {
  format: BillFormat;
  /** Earliest and latest event time (ISO); absent when the bill holds no event. */
  from?: string;
  to?: string;
  lines: BillAccountLine[];
  /** The events to import: the bill's, the same event twice kept once (the store would too). */
  events: HistoryEvent[];
  /** Data rows that are not credit borrowing or repayment (or were closed, refunded …). */
  otherRows: number;
  /** Rows dropped as repeats (same order number, or the very same event). */
  duplicates: number;
  unplaced: UnplacedRow[];
}

const toEvent = (e: BillEvent): HistoryEvent => {
  const out: HistoryEvent = { at: e.at, kind: e.kind };
  if (e.accountId !== undefined) out.accountId = e.accountId;
  if (e.lender !== undefined) out.lender = e.lender;
  out.amount = e.amount;
  if (e.full !== undefined) out.full = e.full;
  out.source = 'import';
  return out;
};

const cents = (n: number) => Math.round(n * 100) / 100;

export function summarizeBill(result: BillParse): BillSummary {
  const accounts = new Map<string, Account>(result.accounts.map((a) => [a.id, a]));
  const lines = new Map<string, BillAccountLine>();
  const seen = new Set<string>();
  const events: HistoryEvent[] = [];
  let from: string | undefined;
  let to: string | undefined;
  for (const e of result.events) {
    const event = toEvent(e);
    const key = eventKey(event);
    if (seen.has(key)) continue;
    seen.add(key);
    events.push(event);
    // ISO UTC strings of one shape: string order is time order.
    if (from === undefined || e.at < from) from = e.at;
    if (to === undefined || e.at > to) to = e.at;
    const lineKey = e.accountId ?? `card:${e.lender ?? ''}`;
    let line = lines.get(lineKey);
    if (!line) {
      const account = e.accountId === undefined ? undefined : accounts.get(e.accountId);
      line = {
        key: lineKey,
        lender: account?.lender ?? e.lender ?? '',
        card: e.accountId === undefined,
        borrows: 0,
        borrowed: 0,
        repays: 0,
        repaid: 0,
      };
      if (account?.product !== undefined) line.product = account.product;
      lines.set(lineKey, line);
    }
    if (e.kind === 'borrow') {
      line.borrows++;
      line.borrowed += e.amount;
    } else {
      line.repays++;
      line.repaid += e.amount;
    }
  }
  const sorted = [...lines.values()].map((l) => ({ ...l, borrowed: cents(l.borrowed), repaid: cents(l.repaid) }));
  // Accounts first, in the order the lender's products are known; card repayments after them.
  sorted.sort(
    (a, b) =>
      Number(a.card) - Number(b.card) || a.lender.localeCompare(b.lender, 'zh') || (a.product ?? '').localeCompare(b.product ?? '', 'zh'),
  );
  const summary: BillSummary = {
    format: result.format,
    lines: sorted,
    events,
    otherRows: result.otherRows,
    duplicates: result.duplicateRows + result.events.length - events.length,
    unplaced: result.unplaced,
  };
  if (from !== undefined) summary.from = from;
  if (to !== undefined) summary.to = to;
  return summary;
}

/** The bill as one history file (history-format.md): its accounts, no observations, its events. */
export function billHistory(result: BillParse, summary: BillSummary, now: Date): HistoryFile {
  return {
    format: 'limit-sentinel.history',
    version: 1,
    exportedAt: now.toISOString(),
    accounts: result.accounts,
    observations: [],
    events: summary.events,
  };
}

/** UTF-8 length without encoding: the import cap is in bytes, the texts are JavaScript strings. */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // +1 for U+0080–U+07FF, +2 for the rest of the BMP; a surrogate pair is 4 bytes = 2 units + 2.
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/**
 * The history file as JSON texts of at most `maxBytes` each (the background's import cap), so a
 * year of rows is several imports instead of a refusal. Every part carries all the accounts (the
 * events must name accounts of their own file); importing the same part twice adds nothing.
 */
export function billHistoryTexts(file: HistoryFile, maxBytes: number): string[] {
  const { format, version, exportedAt, accounts, observations } = file;
  // The file without its events ends in `"events":[]}`: each part is that with events inside.
  const open = JSON.stringify({ format, version, exportedAt, accounts, observations, events: [] }).slice(0, -2);
  const close = ']}';
  const room = maxBytes - utf8Length(open) - utf8Length(close);
  const parts: string[] = [];
  let batch: string[] = [];
  let size = 0;
  for (const e of file.events) {
    const text = JSON.stringify(e);
    const bytes = utf8Length(text) + 1; // with its comma
    if (batch.length > 0 && size + bytes > room) {
      parts.push(open + batch.join(',') + close);
      batch = [];
      size = 0;
    }
    if (bytes > room) throw new RangeError('an event does not fit in one import');
    batch.push(text);
    size += bytes;
  }
  if (batch.length > 0 || parts.length === 0) parts.push(open + batch.join(',') + close);
  return parts;
}

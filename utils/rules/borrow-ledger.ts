// Which borrow a repay pays back: events tied to a "line" (an account, or a lender), borrows
// settled by full repays or by repays adding up to them, and which lines borrow cash. Shared by
// borrow-repay-cycling and many-lenders.
import { normalizeText } from '../normalize-text';
import { isCashLine } from './amounts';
import type { HistoryView, TimedEvent } from './shapes';

/** Lender identity: full-width folded, all whitespace dropped, case folded ("招商 银行" = "招商银行"). */
export const lenderKey = (name: string | undefined): string | undefined =>
  name === undefined ? undefined : normalizeText(name).replace(/\s+/g, '').toLowerCase() || undefined;

export interface Line {
  key: string;
  accountId?: string;
  lender?: string;
  lenderName?: string;
}

/** Where a borrow or repay belongs (see the header); undefined when it names neither account nor lender. */
export function lineResolver(history: HistoryView): (e: TimedEvent) => Line | undefined {
  const accountsAt = new Map<string, string[]>();
  for (const { account } of history.accounts) {
    const k = lenderKey(account.lender);
    if (k) accountsAt.set(k, [...(accountsAt.get(k) ?? []), account.id]);
  }
  const resolve = (accountId: string | undefined, lenderName: string | undefined): Line | undefined => {
    if (accountId !== undefined) {
      const name = lenderName?.trim() || history.accountById.get(accountId)?.account.lender.trim() || accountId;
      return { key: `a:${accountId}`, accountId, lender: lenderKey(name), lenderName: name };
    }
    const lender = lenderKey(lenderName);
    if (!lender) return undefined;
    const ids = accountsAt.get(lender);
    const only = ids?.length === 1 ? ids[0] : undefined;
    return { key: only ? `a:${only}` : `l:${lender}`, accountId: only, lender, lenderName: lenderName!.trim() };
  };
  // Thousands of events name a handful of accounts and lenders: resolve each pair once.
  const cache = new Map<string | undefined, Map<string | undefined, Line | null>>();
  return (e) => {
    let byLender = cache.get(e.accountId);
    if (!byLender) cache.set(e.accountId, (byLender = new Map()));
    let line = byLender.get(e.lender);
    if (line === undefined) byLender.set(e.lender, (line = resolve(e.accountId, e.lender) ?? null));
    return line ?? undefined;
  };
}

/** Whether borrowing on this line is cash borrowing: yes unless its account is not a cash line (a card, pay-later, secured); lender-only lines count as cash. */
export function isCashBorrowLine(history: HistoryView, line: Line): boolean {
  const account = line.accountId !== undefined ? history.accountById.get(line.accountId)?.account : undefined;
  return account ? isCashLine(account) : true;
}

export interface SettledBorrow {
  borrow: TimedEvent;
  line: Line;
  /** The repay that completed paying it back, if any. */
  paidBy?: TimedEvent;
}

interface Open {
  settled: SettledBorrow;
  cents: number; // still owed
}

/** How far back an exact-amount match looks among open borrows (keeps a long unpaid tail cheap). */
const EXACT_LOOKBACK = 64;

/**
 * Matches repays to borrows on each line. A `full` repay pays every open borrow. A repay with an
 * amount pays first an open borrow owing exactly that much (the newest: people repay a given 借据),
 * else the oldest first, as lenders allocate. A borrow without an amount is paid only by a `full`
 * repay. At one instant borrows go first, so a same-day borrow and repay (daily bill data) pair up.
 */
export function settleBorrows(history: HistoryView, resolve = lineResolver(history)): SettledBorrow[] {
  const lines = new Map<string, { line: Line; events: TimedEvent[] }>();
  for (const e of history.events) {
    if (e.kind !== 'borrow' && e.kind !== 'repay') continue;
    const line = resolve(e);
    if (!line) continue;
    const group = lines.get(line.key);
    if (group) group.events.push(e);
    else lines.set(line.key, { line, events: [e] });
  }
  const out: SettledBorrow[] = [];
  for (const { line, events } of lines.values()) {
    let open: Open[] = []; // borrows with an amount, oldest first; those before `head` are paid
    let head = 0;
    let unsized: SettledBorrow[] = []; // borrows without one
    const repay = (r: TimedEvent) => {
      if (r.full === true) {
        for (let i = head; i < open.length; i++) if (open[i]!.cents > 0) open[i]!.settled.paidBy = r;
        for (const b of unsized) b.paidBy = r;
        open = [];
        head = 0;
        unsized = [];
        return;
      }
      let left = r.amount !== undefined && r.amount > 0 ? Math.round(r.amount * 100) : 0;
      if (!left) return;
      for (let i = open.length - 1; i >= Math.max(head, open.length - EXACT_LOOKBACK); i--) {
        if (open[i]!.cents === left) {
          open[i]!.cents = 0;
          open[i]!.settled.paidBy = r;
          left = 0;
          break;
        }
      }
      for (let i = head; i < open.length && left > 0; i++) {
        const o = open[i]!;
        if (o.cents === 0) continue; // paid by an exact match
        const take = Math.min(o.cents, left);
        o.cents -= take;
        left -= take;
        if (o.cents === 0) o.settled.paidBy = r;
      }
      while (head < open.length && open[head]!.cents === 0) head++;
      // Paid borrows leave the list now and then, so long histories stay linear.
      if (head > 64 && head * 2 > open.length) {
        open = open.slice(head).filter((o) => o.cents > 0);
        head = 0;
      }
    };
    for (let i = 0; i < events.length;) {
      let j = i;
      while (j < events.length && events[j]!.t === events[i]!.t) j++;
      for (let k = i; k < j; k++) {
        const e = events[k]!;
        if (e.kind !== 'borrow') continue;
        const settled: SettledBorrow = { borrow: e, line };
        out.push(settled);
        if (e.amount !== undefined && e.amount > 0) open.push({ settled, cents: Math.round(e.amount * 100) });
        else unsized.push(settled);
      }
      for (let k = i; k < j; k++) if (events[k]!.kind === 'repay') repay(events[k]!);
      i = j;
    }
  }
  return out;
}

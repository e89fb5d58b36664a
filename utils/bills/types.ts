// Shapes of bill-export reading (Alipay, WeChat, JD CSV → borrow/repay events). Plain types, no zod:
// the same code runs in an extension page, in Vitest and in the `extract` command.
import type { Account } from '../model/types';

export type BillFormat = 'alipay' | 'wechat' | 'jd';

/** One borrowing or repayment read from one bill row (amount in yuan, `at` ISO UTC). */
export interface BillEvent {
  at: string;
  kind: 'borrow' | 'repay';
  amount: number;
  /** One of `BILL_ACCOUNTS` when the row names the product (花呗, 白条 …). */
  accountId?: string;
  /** The account's lender, or the bank of a credit-card repayment (then there is no accountId). */
  lender?: string;
  /** Only when the row says the balance was cleared (结清, 还清 …). */
  full?: boolean;
}

/** Why a row that looks like credit borrowing or repayment did not become an event. */
export type UnplacedReason =
  | 'truncated' // the file ends in the middle of this row
  | 'bad-time' // no readable date and time
  | 'no-amount' // no readable positive amount
  | 'unknown-product' // a credit repayment or borrowing, but not which product
  | 'unknown-lender' // a credit-card repayment that names no bank
  | 'unknown-direction'; // a credit row that says neither borrowing nor repaying

/** Shown to the person: a credit-looking row is never skipped silently. `line` is 1-based. */
export interface UnplacedRow {
  line: number;
  reason: UnplacedReason;
}

export interface BillParse {
  ok: true;
  format: BillFormat;
  /** In file order (bills list newest first). */
  events: BillEvent[];
  /** The accounts the events name, for an importer to create (from `BILL_ACCOUNTS`). */
  accounts: Account[];
  unplaced: UnplacedRow[];
  /** Data rows left out: not credit, or failed / closed / refunded. */
  otherRows: number;
  /** Rows whose order number was already read. */
  duplicateRows: number;
}

export interface BillFailure {
  ok: false;
  code: 'empty' | 'not-a-bill';
}

export type BillResult = BillParse | BillFailure;

/** The cells a row is read through; formats name them differently and not every format has all. */
export type BillField = 'time' | 'category' | 'type' | 'counterparty' | 'item' | 'direction' | 'amount' | 'method' | 'status' | 'order';

/** One data row, read by field (the first non-empty of the field's columns; '' when none). */
export interface BillRow {
  get(field: BillField): string;
}

/** A bill export, as data: how to recognise its header row and where its cells are. */
export interface BillFormatSpec {
  id: BillFormat;
  /** A row holding every name of one of these sets is the header row (names as `normalizeHeader` gives them). */
  headerSets: readonly (readonly string[])[];
  /** Header names per field, in order of preference; a row uses the first of them that is not empty. */
  columns: Partial<Record<BillField, readonly string[]>>;
  /** Category cell values that mark a credit borrowing/repayment row (Alipay's 信用借还). */
  creditCategories: readonly string[];
}

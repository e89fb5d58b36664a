// Plain domain types shared by the content script, the background, the popup and the Node tools.
// The zod schemas in `history-schema.ts` are the executable form of the same shapes; this file has
// no zod import so that the content-script bundle stays small.

/** The largest amount the history holds, in yuan (history-format.md: finite; a sanity cap). */
export const MAX_AMOUNT = 1e12;
/** The largest rates the history holds, as fractions: 1 % a day, 500 % a year. */
export const MAX_DAILY_RATE = 0.01;
export const MAX_APR = 5;

export const STATUSES = ['normal', 'limited', 'frozen', 'closed', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const ACCOUNT_KINDS = ['credit-line', 'pay-later', 'credit-card', 'installment-loan', 'other'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const SOURCES = ['page', 'manual', 'import', 'credit-report', 'screenshot'] as const;
export type Source = (typeof SOURCES)[number];

export const EVENT_KINDS = ['inquiry', 'application', 'account-opened', 'borrow', 'repay'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const OUTCOMES = ['approved', 'rejected', 'pending'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The values one view of one account showed (amounts in yuan, rates as fractions). */
export interface ObservedValues {
  totalLimit?: number;
  availableLimit?: number;
  usedAmount?: number;
  dailyRate?: number;
  apr?: number;
  status: Status;
  statusText?: string;
  increaseAvailable?: boolean;
}

// Every field of ObservedValues, in the order an export writes them: a field missing here does not compile.
const OBSERVED: Record<keyof ObservedValues, true> = {
  totalLimit: true,
  availableLimit: true,
  usedAmount: true,
  dailyRate: true,
  apr: true,
  status: true,
  statusText: true,
  increaseAvailable: true,
};
export const OBSERVED_FIELDS = Object.keys(OBSERVED) as readonly (keyof ObservedValues)[];

/** What an extractor found on a page for one account, before it is tied to a stored account. */
export interface ExtractedObservation extends ObservedValues {
  lender?: string;
  product?: string;
  /** Adapters that know the account give its stable id (e.g. `jd-baitiao`). */
  accountId?: string;
  kind?: AccountKind;
  /** When the source dates these values (a credit report's 报告时间); the capture time otherwise. */
  at?: string;
}

export interface ExtractedEvent {
  at: string;
  kind: EventKind;
  accountId?: string;
  lender?: string;
  amount?: number;
  reason?: string;
  outcome?: Outcome;
  full?: boolean;
}

export interface ExtractionResult {
  adapter: string;
  observations: ExtractedObservation[];
  events: ExtractedEvent[];
}

export interface Account {
  id: string;
  lender: string;
  product?: string;
  kind?: AccountKind;
}

export interface Observation extends ObservedValues {
  accountId: string;
  at: string;
  lastSeenAt?: string;
  source: Source;
  url?: string;
}

export interface HistoryEvent {
  at: string;
  kind: EventKind;
  accountId?: string;
  lender?: string;
  amount?: number;
  reason?: string;
  outcome?: Outcome;
  full?: boolean;
  source?: Source;
}

export interface HistoryFile {
  format: 'limit-sentinel.history';
  version: 1;
  exportedAt: string;
  accounts: Account[];
  observations: Observation[];
  events: HistoryEvent[];
  settings?: Record<string, unknown>;
  alerts?: Record<string, unknown>;
}

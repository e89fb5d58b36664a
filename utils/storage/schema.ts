// The database's shape: its stores, their rows, and the types the upgrade steps see. Types only, so
// that db.ts (which opens the database) and the migrations it runs both depend on this, not on each
// other.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AlertRecord } from '../model/alert-record';
import type { Account, EventKind, HistoryEvent, Observation, Outcome, Status } from '../model/types';

/** Events have no natural id; the content key makes capturing or importing one twice a no-op. */
export type StoredEvent = HistoryEvent & { key: string };
export type StoredAlert = AlertRecord;
/** An account row; the summary fields are internal bookkeeping (see account-summary.ts), never exported. */
export type StoredAccount = Account & {
  observationCount?: number;
  latest?: Observation;
  firstSeenAt?: string;
  /** New with every write to the account's observation pages (observation-cache.ts). */
  pagesVersion?: string;
  /** The person renamed the account (rename-account.ts): captures no longer change its names. */
  namedByPerson?: true;
};

export interface SentinelSchema extends DBSchema {
  accounts: { key: string; value: StoredAccount };
  // One row per account and UTC month, keyed [accountId, '2026-10'], holding that month's
  // observations sorted by `at` (observation-months.ts reads and writes them): an account's pages
  // are one contiguous, time-ordered key range, so "latest" is one step of a reverse cursor, and an
  // import of 50,000 observations is a few thousand requests instead of one per row.
  observationMonths: { key: [string, string]; value: ObservationMonth };
  // One row per UTC month ('2026-10'), holding that month's events sorted by (at, key): a bill of
  // thousands of events is a few dozen rows (event-months.ts reads and writes them).
  eventMonths: { key: string; value: EventMonth };
  // The same events again, one row per subject (the account an event names, else its lender) and UTC
  // month, keyed [subject, month] (event-subjects.ts): one account's chart reads only its own pages.
  eventSubjectMonths: { key: [string, string]; value: EventSubjectMonth };
  // Beside each observation page and each subject page, what the all-time chart needs of it
  // (chart-digest.ts): nine years of one account are a hundred small rows, not every row.
  observationDigests: { key: [string, string]; value: ObservationDigest };
  eventDigests: { key: [string, string]; value: EventDigest };
  alerts: { key: string; value: StoredAlert };
}

/** One observation page's chart rows (times in ms, columnar like the chart's points), the rows where
 *  its status or 提额 entry changed within the page, how many rows it has, and when its last row was
 *  last seen (ms). */
export interface ObservationDigest {
  accountId: string;
  month: string;
  count: number;
  /** The page's first row's instant (ms): the chart over all time starts there. */
  first: number;
  t: number[];
  total: (number | null)[];
  available: (number | null)[];
  used: (number | null)[];
  marks: { at: number; status?: Status; statusText?: string; increase?: boolean; total?: number }[];
  lastSeen: number;
}

/** One subject page's events per UTC day and kind: the first one's instant (ms), how many, the sum
 *  of their amounts; lender, outcome and full only while they are those of every event in it. */
export interface EventDigest {
  subject: string;
  month: string;
  buckets: { at: number; kind: EventKind; count: number; amount?: number; lender?: string; outcome?: Outcome; full?: boolean }[];
}

/** One month page: `month` is `at.slice(0, 7)` of every event in it. */
export interface EventMonth {
  month: string;
  events: StoredEvent[];
}

/** One subject's events of one month (`a:<accountId>` or `l:<lender>`), in the month page's order. */
export interface EventSubjectMonth {
  subject: string;
  month: string;
  events: StoredEvent[];
}

/** One account's observations in one UTC month: `month` is `at.slice(0, 7)` of every row, rows are
 *  sorted by `at` and no two share it. */
export interface ObservationMonth {
  accountId: string;
  month: string;
  rows: Observation[];
}

/** Stores of released versions that a later step removed: only upgrade steps still name them. */
export interface RetiredStores {
  /** Versions 1–3: one row per observation, keyed [accountId, at]. Moved into `observationMonths` by step 4. */
  observations: { key: [string, string]; value: Observation };
  /** Version 1: one row per event, keyed by its content key. Moved into `eventMonths` by step 2. */
  events: { key: string; value: StoredEvent; indexes: { 'by-at': string } };
}
export type UpgradeSchema = SentinelSchema & RetiredStores;

export type SentinelDb = IDBPDatabase<SentinelSchema>;
export type UpgradeDb = IDBPDatabase<UpgradeSchema>;
export type UpgradeTx = IDBPTransaction<UpgradeSchema, StoreNames<UpgradeSchema>[], 'versionchange'>;

export interface UpgradeStep {
  version: number;
  /** Synchronous, or a promise that awaits nothing but requests of `tx` (else the upgrade commits
   *  early). A throw or a rejection aborts the whole upgrade: the database stays as it was. */
  apply(db: UpgradeDb, tx: UpgradeTx): void | Promise<void>;
}

// Every message between the extension's parts, named by direction and trust level:
//   cs:*  content script → background (unprivileged: only a tab's top frame, only "here is a capture")
//   ui:*  extension page (popup, options) → background (privileged: reads, writes, exports, imports)
// The zod form of these shapes lives in `protocol-schema.ts` (background only).
import type { AlertRecord } from '../model/alert-record';
import type { SiteRule } from '../picker/site-rules';
import type { Risk } from '../rules/risk';
import type { FactorReport } from '../factors';
import type { Account, AccountKind, ExtractionResult, HistoryFile, Observation, ObservedValues, Outcome } from '../model/types';

export interface CaptureMessage {
  type: 'cs:capture';
  url: string;
  result: ExtractionResult;
}

/** The element picker's save: a rule for the page's own site (utils/picker). */
export interface PickMessage {
  type: 'cs:pick';
  url: string;
  rule: SiteRule;
}

export interface ManualEntry {
  /** Existing account id; omitted to create a new account from lender/product/kind. */
  accountId?: string;
  lender: string;
  product?: string;
  kind?: AccountKind;
  values: ObservedValues;
  /** ISO time of the observation; the background uses "now" when omitted. */
  at?: string;
}

/** A credit event the extension cannot see (an application, a borrow or repay on an app-only line),
 *  logged by hand in the popup's quick log. Stored as a history event with source 'manual'. */
export interface EventEntry {
  kind: 'application' | 'borrow' | 'repay';
  /** ISO time; the quick log sends the local midnight of the chosen day. Never after now. */
  at: string;
  /** An existing account. Without it, a borrow or repay creates the account `lender` (+ `product`)
   *  names, as manual entry does; an application just names its lender. */
  accountId?: string;
  lender?: string;
  product?: string;
  /** Yuan; required for a borrow, for a repay unless `full`. */
  amount?: number;
  /** Applications only; 'pending' when omitted. */
  outcome?: Outcome;
  /** Repays only: the balance is paid off. */
  full?: boolean;
}

export type UiMessage =
  | { type: 'ui:dashboard' }
  | { type: 'ui:add-manual'; entry: ManualEntry }
  | { type: 'ui:add-event'; entry: EventEntry }
  | { type: 'ui:export' }
  | { type: 'ui:import'; text: string }
  /** A credit report PDF read on the options page (the same object its web page's capture sends). */
  | { type: 'ui:import-report'; result: ExtractionResult }
  | { type: 'ui:tracked-sites' }
  | { type: 'ui:track-site'; origin: string; tabId?: number; name?: string }
  | { type: 'ui:site-name'; origin: string; name: string }
  | { type: 'ui:untrack-site'; origin: string }
  | { type: 'ui:delete-all' }
  | { type: 'ui:start-picker'; tabId: number }
  | { type: 'ui:alert-state'; ids: string[]; state: 'seen' | 'dismissed' }
  | { type: 'ui:factors' };

export type Message = CaptureMessage | PickMessage | UiMessage;

/** Stable error codes; the UI turns them into words in the person's language. */
export type ErrorCode =
  | 'forbidden'
  | 'bad-message'
  | 'invalid-file'
  | 'newer-version'
  | 'too-large'
  | 'quota'
  | 'db-unavailable'
  | 'db-blocked'
  | 'invalid-entry'
  | 'internal';

export interface Failure {
  ok: false;
  code: ErrorCode;
  /** Path of the first bad field (imports, manual entry), e.g. `observations[12].totalLimit`. */
  path?: string;
  /** What was expected there, without quoting the value. */
  expected?: string;
}

export interface AccountSummary {
  account: Account;
  latest?: Observation;
  firstSeenAt?: string;
  lastSeenAt?: string;
  observationCount: number;
  /** used / total of the latest observation, 0..1, when it can be known. */
  utilization?: number;
}

export interface Dashboard {
  accounts: AccountSummary[];
  /** Every active alert, most severe first (dismissed ones included, marked so). */
  alerts: AlertRecord[];
  /** From every active alert: dismissing quiets an alert, it does not make the risk go away. */
  risk: Risk;
  totals: { observations: number };
}

export interface ImportSummary {
  accounts: number;
  observations: number;
  events: number;
}

export type Reply<T> = ({ ok: true } & T) | Failure;

export interface Replies {
  'ui:dashboard': Reply<{ dashboard: Dashboard }>;
  'ui:add-manual': Reply<{ accountId: string }>;
  /** `added` is 0 when the very same event was already stored. */
  'ui:add-event': Reply<{ added: number }>;
  'ui:export': Reply<{ file: HistoryFile }>;
  'ui:import': Reply<{ added: ImportSummary }>;
  /** New observation rows, rows folded into stored ones, new events. */
  'ui:import-report': Reply<{ added: number; collapsed: number; events: number }>;
  'ui:tracked-sites': Reply<{ origins: string[]; names?: Record<string, string> }>;
  'ui:track-site': Reply<object>;
  'ui:site-name': Reply<{ renamed: number }>;
  'ui:untrack-site': Reply<object>;
  'ui:delete-all': Reply<object>;
  'ui:alert-state': Reply<{ changed: number }>;
  /** The factors behind the alerts as of now, with projections (utils/factors). */
  'ui:factors': Reply<{ report: FactorReport }>;
  'cs:capture': Reply<{ stored: number }>;
  'cs:pick': Reply<object>;
  'ui:start-picker': Reply<object>;
}

// Every message between the extension's parts: one map per channel, each entry a request and the
// reply it gets. The channel is chosen by who sends (sender.ts), before any handler runs:
//   ContentChannel  content script → background (unprivileged: a tab's top frame, "here is a capture")
//   PageChannel     extension page (popup, options, dashboard) → background (privileged: reads,
//                   writes, exports, imports)
// The zod form of the requests is protocol-schema.ts (background only; it checks at compile time
// that it agrees with these types); handler tables are typed by these maps (handlers.ts).
import type { FactorReport } from '../factors';
import type { AlertRecord } from '../model/alert-record';
import type { Failure } from '../model/errors';
import type { SiteRule } from '../picker/site-rules';
import type { TabReading } from '../capture/tab-capture';
import type { Risk } from '../rules/risk';
import type {
  Account,
  AccountKind,
  EventKind,
  ExtractionResult,
  HistoryEvent,
  HistoryFile,
  Observation,
  ObservedValues,
  Outcome,
} from '../model/types';
import type { AccountHistory, ObservationPage, TimelineCursor } from '../chart/history-types';
import type { StoredEvent } from '../storage/schema';

/** The failure every reply may be: part of the wire protocol, defined with the model's error codes. */
export type { ErrorCode, Failure } from '../model/errors';

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

/** One screenshot's observation as the person confirmed it in the preview (components/import/). */
export interface ScreenshotEntry {
  /** The account: one that exists (chosen in the preview), or the id the screen named through the
   *  product table (created if new). Without it, lender + product name a new or existing account
   *  by the same id a manual entry would give them (an app-only line either way). */
  accountId?: string;
  lender: string;
  product?: string;
  kind?: AccountKind;
  values: ObservedValues;
  /** When the screenshot was taken (ISO); never after now. */
  at: string;
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

/** What a content script may send: only what it read on its own page. */
export interface ContentChannel {
  'cs:capture': { request: { url: string; result: ExtractionResult }; reply: { stored: number } };
  /** The element picker's save: a rule for the page's own site (utils/picker). */
  'cs:pick': { request: { url: string; rule: SiteRule }; reply: object };
}

/** What an extension page may send. */
export interface PageChannel {
  'ui:dashboard': { request: object; reply: { dashboard: Dashboard } };
  'ui:add-manual': { request: { entry: ManualEntry }; reply: { accountId: string } };
  /** `added` is 0 when the very same event was already stored. */
  'ui:add-event': { request: { entry: EventEntry }; reply: { added: number } };
  'ui:export': { request: object; reply: { file: HistoryFile } };
  'ui:import': { request: { text: string }; reply: { added: ImportSummary } };
  /** A credit report PDF read on the options page (the same object its web page's capture sends).
   *  Replies new observation rows, rows folded into stored ones, new events. */
  'ui:import-report': { request: { result: ExtractionResult }; reply: { added: number; collapsed: number; events: number } };
  /** Screenshots read on the dashboard, confirmed by the person: stored with `source: "screenshot"`
   *  in one transaction (utils/capture/screenshot-import.ts). Replies new observation rows, rows
   *  folded into identical ones, new accounts. */
  'ui:import-screenshot': { request: { shots: ScreenshotEntry[] }; reply: { added: number; collapsed: number; accounts: number } };
  'ui:tracked-sites': { request: object; reply: { origins: string[]; names?: Record<string, string> } };
  'ui:track-site': { request: { origin: string; tabId?: number; name?: string }; reply: object };
  'ui:site-name': { request: { origin: string; name: string }; reply: { renamed: number } };
  'ui:untrack-site': { request: { origin: string }; reply: object };
  'ui:delete-all': { request: object; reply: object };
  'ui:start-picker': { request: { tabId: number }; reply: object };
  'ui:alert-state': { request: { ids: string[]; state: 'seen' | 'dismissed' }; reply: { changed: number } };
  // Corrections (utils/storage/remove-rows.ts, rename-account.ts, merge-accounts.ts). A removal
  // answers the removed row; the page sends it back unchanged in `ui:restore` to undo.
  'ui:remove-observation': { request: { accountId: string; at: string }; reply: { removed: Observation } };
  'ui:remove-event': { request: { key: string }; reply: { removed: HistoryEvent } };
  /** Exactly one of the two: a row a removal answered, sent back unchanged. Typed `unknown` because
   *  that is what it is on arrival: the handler checks it against the history format, so a bad row
   *  is answered with its path. 1 when the row was put back, 0 when it was already there. */
  'ui:restore': { request: { observation?: unknown; event?: unknown }; reply: { restored: number } };
  /** `product` absent: kept; empty: removed. */
  'ui:rename-account': { request: { accountId: string; lender: string; product?: string }; reply: { account: Account } };
  /** Rows moved; `shifted` of them were moved 1 ms later to keep apart from a row already there. */
  'ui:merge-accounts': {
    request: { from: string; into: string };
    reply: { moved: { observations: number; events: number; shifted: number } };
  };
  // The dashboard page's reads (utils/storage/account-history.ts, timeline.ts): an account's rows in
  // a range downsampled to `columns`, raw rows a page at a time, events a page at a time.
  'ui:account-history': { request: { accountId: string; from?: string; to?: string; columns: number }; reply: { history: AccountHistory } };
  'ui:observations': { request: { accountId: string; before?: string; limit: number }; reply: ObservationPage<Observation> };
  'ui:timeline': {
    request: { kinds?: EventKind[]; lender?: string; before?: TimelineCursor; limit: number };
    reply: { events: StoredEvent[]; next?: TimelineCursor };
  };
  'ui:event-lenders': { request: object; reply: { lenders: string[] } };
  /** The factors behind the alerts as of now, with projections (utils/factors). */
  'ui:factors': { request: object; reply: { report: FactorReport } };
  // "This is wrong" (utils/capture/tab-capture.ts): what the last capture stored on a tab read, still
  // stored (`reading` absent when nothing is); removing one account's row of it (the reply keeps the
  // row for `ui:restore`), after which the picker opens on that tab preset to the fields read, where
  // it applies (`picking`: a tracked site's generic reader, the page's first account); and closing
  // that picker again (an undo).
  'ui:tab-capture': { request: { tabId: number }; reply: { reading?: TabReading } };
  'ui:wrong-capture': { request: { tabId: number; accountId: string }; reply: { removed: Observation; picking: boolean } };
  'ui:stop-picker': { request: { tabId: number }; reply: object };
}

/** A channel map: each message type's request fields and reply fields. */
export type Channel<K extends string = string> = { [T in K]: { request: object; reply: object } };
/** The messages of a channel: `{ type, ...request }` for each of its types. */
export type MessageOf<C extends Channel<keyof C & string>> = { [K in keyof C & string]: { type: K } & C[K]['request'] }[keyof C & string];
/** Each type's reply, as the sender receives it (a success of that shape, or a Failure). */
export type RepliesOf<C extends Channel<keyof C & string>> = { [K in keyof C & string]: Reply<C[K]['reply']> };

export type ContentMessage = MessageOf<ContentChannel>;
export type UiMessage = MessageOf<PageChannel>;
export type Message = ContentMessage | UiMessage;
export type CaptureMessage = Extract<ContentMessage, { type: 'cs:capture' }>;
export type PickMessage = Extract<ContentMessage, { type: 'cs:pick' }>;
export type Replies = RepliesOf<ContentChannel> & RepliesOf<PageChannel>;

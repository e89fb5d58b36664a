// What the message handlers are given (HandlerDeps: the background's services, as parameters so the
// handlers run in Vitest), and the shape of a channel's handler table: one function per message type,
// taking that type's parsed message and returning that type's reply — a reply that does not fit its
// request does not compile.
import type { Adapter } from '../adapters/types';
import type { FactorReport } from '../factors';
import type { PickField, SiteRule } from '../picker/site-rules';
import type { TabCapture } from '../capture/tab-capture';
import type { SentinelDb } from '../storage/db';
import type { Channel, MessageOf, Reply } from './protocol';
import type { SenderLike } from './sender';

export interface HandlerDeps {
  extensionId: string;
  extensionBase: string;
  registry: readonly Adapter[];
  db: () => Promise<SentinelDb>;
  now: () => Date;
  captureIncognito: () => Promise<boolean>;
  sites: {
    list: () => Promise<string[]>;
    track: (origin: string, tabId?: number) => Promise<boolean>;
    untrack: (origin: string) => Promise<void>;
    /** What the person calls each tracked site, by origin (settings.ts siteNamesItem). */
    names: () => Promise<Record<string, string>>;
    /** Stores (or, with an empty name, forgets) what the person calls the site. */
    setName: (origin: string, name: string) => Promise<void>;
  };
  /** The element picker (utils/picker/control.ts); without it, picker messages are refused. */
  picker?: {
    /** Shows the picker in that tab (asking for `fields` in turn, when given); false when its site
     *  is not one the person tracks. */
    start: (tabId: number, fields?: readonly PickField[]) => Promise<boolean>;
    /** Closes the picker showing in that tab, if one is. */
    stop?: (tabId: number) => Promise<void>;
    /** Saves a picked rule for `origin` and hands it to that tab's content script. */
    save: (origin: string, rule: SiteRule, tabId: number) => Promise<boolean>;
  };
  /** The last capture stored on each tab (utils/capture/tab-capture.ts); without it, nothing is remembered. */
  tabCaptures?: {
    remember: (tabId: number, capture: TabCapture) => Promise<void>;
    get: (tabId: number) => Promise<TabCapture | undefined>;
  };
  /** Called after anything new was stored, or everything deleted (the rules engine hooks in here). */
  onStored?: () => Promise<void> | void;
  /** Called after the popup marked alerts seen or dismissed (the badge hooks in here). */
  onAlertsChanged?: () => Promise<void> | void;
  /** The factors behind the alerts as of `now` (storage/factors.ts readFactors with the rule run's thresholds and cache); without it, `ui:factors` fails. */
  factors?: (now: Date) => Promise<FactorReport>;
}

export interface HandlerContext {
  sender: SenderLike;
  deps: HandlerDeps;
}

export type HandlerTable<C extends Channel<keyof C & string>> = {
  [K in keyof C & string]: (msg: Extract<MessageOf<C>, { type: K }>, ctx: HandlerContext) => Promise<Reply<C[K]['reply']>>;
};

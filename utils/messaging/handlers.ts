// The background's one message entry point: classify the sender, safeParse the payload, then do
// the one thing that message type means. Dependencies come in as parameters, so the whole table of
// sender shapes × message types runs in Vitest.
import type { Adapter } from '../adapters/types';
import type { FactorReport } from '../factors';
import { eventEntryToRecords } from '../capture/event-entry';
import { manualEntryProblem, manualToRecords } from '../capture/manual';
import { captureToRecords, siteLender } from '../capture/to-records';
import { reportToRecords } from '../capture/report-import';
import type { HistoryFile } from '../model/types';
import type { SiteRule } from '../picker/site-rules';
import type { SentinelDb } from '../storage/db';
import { DbError } from '../storage/db';
import { readDashboard } from '../storage/dashboard';
import { deleteEverything, exportHistory, importHistory } from '../storage/import-export';
import { setAlertStates } from '../storage/alerts';
import { recordObservations } from '../storage/observations';
import { renameSiteAccounts } from '../storage/site-accounts';
import type { Failure } from './protocol';
import { messageSchema, type ParsedMessage } from './protocol-schema';
import { allowed, classifySender, safeUrl, type SenderLike } from './sender';

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
    /** Shows the picker in that tab; false when its site is not one the person tracks. */
    start: (tabId: number) => Promise<boolean>;
    /** Saves a picked rule for `origin` and hands it to that tab's content script. */
    save: (origin: string, rule: SiteRule, tabId: number) => Promise<boolean>;
  };
  /** Called after anything new was stored, or everything deleted (the rules engine hooks in here). */
  onStored?: () => Promise<void> | void;
  /** Called after the popup marked alerts seen or dismissed (the badge hooks in here). */
  onAlertsChanged?: () => Promise<void> | void;
  /** The factors behind the alerts as of `now` (storage/factors.ts readFactors with the rule run's thresholds and cache); without it, `ui:factors` fails. */
  factors?: (now: Date) => Promise<FactorReport>;
}

type Reply = ({ ok: true } & Record<string, unknown>) | Failure;

const fail = (code: Failure['code'], extra: Partial<Failure> = {}): Failure => ({ ok: false, code, ...extra });

export function createMessageHandler(deps: HandlerDeps) {
  return async function handle(raw: unknown, sender: SenderLike): Promise<Reply> {
    const cls = classifySender(sender, deps.extensionId, deps.extensionBase);
    const type = typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string' ? (raw as { type: string }).type : '';
    if (!allowed(cls, type)) return fail('forbidden');
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return fail('bad-message');
    try {
      return await dispatch(parsed.data, sender, deps);
    } catch (e) {
      if (e instanceof DbError) return fail(e.code);
      if ((e as { name?: string } | null)?.name === 'QuotaExceededError') return fail('quota');
      return fail('internal');
    }
  };
}

async function dispatch(msg: ParsedMessage, sender: SenderLike, deps: HandlerDeps): Promise<Reply> {
  switch (msg.type) {
    case 'cs:capture': {
      const pageUrl = safeUrl(sender.url ?? '');
      const claimed = safeUrl(msg.url);
      // The capture must describe the very page the sending frame shows.
      if (!pageUrl || !claimed || claimed.origin !== pageUrl.origin) return fail('forbidden');
      if (sender.tab?.incognito && !(await deps.captureIncognito())) return { ok: true, stored: 0 };
      const siteName = (await deps.sites.names().catch(() => ({}) as Record<string, string>))[pageUrl.origin];
      const batch = captureToRecords(msg.result, pageUrl, deps.now(), deps.registry, siteName);
      if (!batch) return fail('forbidden');
      if (!batch.observations.length && !batch.events.length) return { ok: true, stored: 0 };
      const counts = await recordObservations(await deps.db(), batch);
      await deps.onStored?.();
      return { ok: true, stored: counts.added + counts.events };
    }
    case 'cs:pick': {
      // A rule only for the site the sending page is on, and only a site the person tracks.
      const pageUrl = safeUrl(sender.url ?? '');
      const claimed = safeUrl(msg.url);
      if (!pageUrl || !claimed || claimed.origin !== pageUrl.origin || sender.tab?.id === undefined) return fail('forbidden');
      return (await deps.picker?.save(pageUrl.origin, msg.rule, sender.tab.id)) ? { ok: true } : fail('forbidden');
    }
    case 'ui:start-picker':
      return (await deps.picker?.start(msg.tabId)) ? { ok: true } : fail('forbidden');
    case 'ui:dashboard':
      return { ok: true, dashboard: await readDashboard(await deps.db()) };
    case 'ui:add-manual': {
      const problem = manualEntryProblem(msg.entry, deps.now());
      if (problem) return fail('invalid-entry', problem);
      const db = await deps.db();
      if (msg.entry.accountId !== undefined && !(await db.get('accounts', msg.entry.accountId))) {
        return fail('invalid-entry', { path: 'accountId', expected: 'an existing account' });
      }
      const { accountId, ...batch } = manualToRecords(msg.entry, deps.now());
      await recordObservations(db, batch);
      await deps.onStored?.();
      return { ok: true, accountId };
    }
    case 'ui:add-event': {
      const db = await deps.db();
      const account = msg.entry.accountId === undefined ? undefined : await db.get('accounts', msg.entry.accountId);
      if (msg.entry.accountId !== undefined && !account) return fail('invalid-entry', { path: 'accountId', expected: 'an existing account' });
      const built = eventEntryToRecords(msg.entry, deps.now(), account);
      if (!built.ok) return fail('invalid-entry', built.problem);
      // The event's content key makes the same event logged twice (a double tap) one event.
      const counts = await recordObservations(db, built.batch);
      if (counts.events > 0) await deps.onStored?.();
      return { ok: true, added: counts.events };
    }
    case 'ui:export': {
      const file: HistoryFile = await exportHistory(await deps.db(), deps.now());
      return { ok: true, file };
    }
    case 'ui:import': {
      const result = await importHistory(await deps.db(), msg.text, { now: deps.now() });
      if (result.ok) await deps.onStored?.();
      return result as Reply;
    }
    case 'ui:import-report': {
      const batch = reportToRecords(msg.result, deps.now());
      if (!batch) return fail('invalid-file', { path: 'result.adapter', expected: 'a credit report read by this extension' });
      // One transaction, validated before it writes: all or nothing.
      const counts = await recordObservations(await deps.db(), batch);
      if (counts.added + counts.collapsed + counts.events > 0) await deps.onStored?.();
      return { ok: true, ...counts };
    }
    case 'ui:tracked-sites': {
      const [origins, names] = await Promise.all([deps.sites.list(), deps.sites.names()]);
      return { ok: true, origins, names };
    }
    case 'ui:track-site':
      // The name first: the tab is read right away, and its accounts are named from it.
      if (msg.name) await deps.sites.setName(msg.origin, msg.name);
      return (await deps.sites.track(msg.origin, msg.tabId)) ? { ok: true } : fail('forbidden');
    case 'ui:site-name': {
      await deps.sites.setName(msg.origin, msg.name);
      const host = new URL(msg.origin).hostname;
      const renamed = await renameSiteAccounts(await deps.db(), host, siteLender(host, (await deps.sites.names())[msg.origin]));
      if (renamed) await deps.onStored?.();
      return { ok: true, renamed };
    }
    case 'ui:untrack-site':
      await deps.sites.untrack(msg.origin);
      return { ok: true };
    case 'ui:delete-all':
      await deleteEverything(await deps.db());
      // A run on the empty history clears the badge and the notifier's memory of the old alerts.
      await deps.onStored?.();
      return { ok: true };
    case 'ui:alert-state': {
      const changed = await setAlertStates(await deps.db(), msg.ids, msg.state, deps.now());
      await deps.onAlertsChanged?.();
      return { ok: true, changed };
    }
    case 'ui:factors':
      return deps.factors ? { ok: true, report: await deps.factors(deps.now()) } : fail('internal');
  }
}

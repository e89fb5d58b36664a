// The extension-page channel (popup, options, dashboard): reads, writes, exports, imports, settings.
// Only extension pages get this table (sender.ts); each entry answers its own message type.
import { eventEntryToRecords } from '../capture/event-entry';
import { manualEntryProblem, manualToRecords } from '../capture/manual';
import { reportToRecords } from '../capture/report-import';
import { screenshotsToRecords } from '../capture/screenshot-import';
import { siteLender } from '../capture/to-records';
import { setAlertStates } from '../storage/alerts';
import { readDashboard } from '../storage/dashboard';
import { deleteEverything, exportHistory, importHistory } from '../storage/import-export';
import { recordObservations } from '../storage/observations';
import { renameSiteAccounts } from '../storage/site-accounts';
import { correctionHandlers } from './correction-handlers';
import { dashboardHandlers } from './dashboard-handlers';
import { tabCaptureHandlers } from './tab-capture-handlers';
import { fail } from './failure';
import type { HandlerTable } from './handler-types';
import type { PageChannel } from './protocol';

export const pageHandlers: HandlerTable<PageChannel> = {
  ...correctionHandlers,
  ...dashboardHandlers,
  ...tabCaptureHandlers,
  async 'ui:start-picker'(msg, { deps }) {
    return (await deps.picker?.start(msg.tabId)) ? { ok: true } : fail('forbidden');
  },
  async 'ui:dashboard'(_msg, { deps }) {
    return { ok: true, dashboard: await readDashboard(await deps.db()) };
  },
  async 'ui:add-manual'(msg, { deps }) {
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
  },
  async 'ui:add-event'(msg, { deps }) {
    const db = await deps.db();
    const account = msg.entry.accountId === undefined ? undefined : await db.get('accounts', msg.entry.accountId);
    if (msg.entry.accountId !== undefined && !account) return fail('invalid-entry', { path: 'accountId', expected: 'an existing account' });
    const built = eventEntryToRecords(msg.entry, deps.now(), account);
    if (!built.ok) return fail('invalid-entry', built.problem);
    // The event's content key makes the same event logged twice (a double tap) one event.
    const counts = await recordObservations(db, built.batch);
    if (counts.events > 0) await deps.onStored?.();
    return { ok: true, added: counts.events };
  },
  async 'ui:export'(_msg, { deps }) {
    return { ok: true, file: await exportHistory(await deps.db(), deps.now()) };
  },
  async 'ui:import'(msg, { deps }) {
    const result = await importHistory(await deps.db(), msg.text, { now: deps.now() });
    if (result.ok) await deps.onStored?.();
    return result;
  },
  async 'ui:import-report'(msg, { deps }) {
    const batch = reportToRecords(msg.result, deps.now());
    if (!batch) return fail('invalid-file', { path: 'result.adapter', expected: 'a credit report read by this extension' });
    // One transaction, validated before it writes: all or nothing.
    const counts = await recordObservations(await deps.db(), batch);
    if (counts.added + counts.collapsed + counts.events > 0) await deps.onStored?.();
    return { ok: true, ...counts };
  },
  async 'ui:import-screenshot'(msg, { deps }) {
    const built = screenshotsToRecords(msg.shots, deps.now());
    if (!built.ok) return fail('invalid-entry', built.problem);
    const db = await deps.db();
    const known = await Promise.all(built.batch.accounts.map((a) => db.get('accounts', a.id)));
    // The same path as a page capture: validated, an unchanged value folded into its neighbour, the
    // rules run after; one transaction for all the pictures.
    const counts = await recordObservations(db, built.batch);
    if (counts.added + counts.collapsed > 0) await deps.onStored?.();
    return { ok: true, added: counts.added, collapsed: counts.collapsed, accounts: known.filter((a) => !a).length };
  },
  async 'ui:tracked-sites'(_msg, { deps }) {
    const [origins, names] = await Promise.all([deps.sites.list(), deps.sites.names()]);
    return { ok: true, origins, names };
  },
  async 'ui:track-site'(msg, { deps }) {
    // The name first: the tab is read right away, and its accounts are named from it.
    if (msg.name) await deps.sites.setName(msg.origin, msg.name);
    return (await deps.sites.track(msg.origin, msg.tabId)) ? { ok: true } : fail('forbidden');
  },
  async 'ui:site-name'(msg, { deps }) {
    await deps.sites.setName(msg.origin, msg.name);
    const host = new URL(msg.origin).hostname;
    const renamed = await renameSiteAccounts(await deps.db(), host, siteLender(host, (await deps.sites.names())[msg.origin]));
    if (renamed) await deps.onStored?.();
    return { ok: true, renamed };
  },
  async 'ui:untrack-site'(msg, { deps }) {
    await deps.sites.untrack(msg.origin);
    return { ok: true };
  },
  async 'ui:delete-all'(_msg, { deps }) {
    await deleteEverything(await deps.db());
    // A run on the empty history clears the badge and the notifier's memory of the old alerts.
    await deps.onStored?.();
    return { ok: true };
  },
  async 'ui:alert-state'(msg, { deps }) {
    const changed = await setAlertStates(await deps.db(), msg.ids, msg.state, deps.now());
    await deps.onAlertsChanged?.();
    return { ok: true, changed };
  },
};

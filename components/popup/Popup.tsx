import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../../utils/i18n';
import { LangContext } from '../shared/lang-context';
import type { Dashboard, EventEntry, Failure, ManualEntry, Replies } from '../../utils/messaging/protocol';
import { originCoveredBy } from '../../utils/match-pattern';
import { webOrigin, type Send } from '../../utils/ui/api';
import type { FirstLoad } from '../../utils/ui/first-load';
import { AccountList } from './AccountList';
import { AlertList, shownAtFirst } from '../shared/AlertList';
import { DataSection } from '../shared/DataSection';
import { EmptyState } from './EmptyState';
import { ErrorBanner } from '../shared/ErrorBanner';
import { ManualEntryForm } from './ManualEntryForm';
import { QuickLog } from './QuickLog';
import { RiskSummary } from '../shared/RiskSummary';
import { TabReading } from './TabReading';
import { TrackSiteButton } from './TrackSiteButton';
import './popup.css';

export interface PopupProps {
  lang: Lang;
  send: Send;
  /** The active tab when the popup opened (its url is visible through activeTab). */
  tab?: { id?: number; url?: string };
  /** Content-script match patterns of the built-in adapters. */
  builtInPatterns: readonly string[];
  /** Must call `browser.permissions.request` synchronously (user gesture); resolves to "granted". */
  requestHostPermission: (origin: string) => Promise<boolean>;
  now?: () => number;
  /** The first dashboard and site list, when the caller already asked for them. */
  firstLoad?: FirstLoad;
  /** Subscribes to the dashboards the background publishes while the popup is open; returns the unsubscribe. */
  watchDashboard?: (on: (dashboard: Dashboard) => void) => () => void;
  /** The alert a notification click asked for (`popup.html#alert=<id>`): opened and scrolled to. */
  openAlertId?: string;
  /** Opens the options page (`browser.runtime.openOptionsPage`); no link without it. */
  openOptions?: () => void;
  /** Opens the dashboard page in a tab (entrypoints/dashboard), at `hash` if given; no button without it. */
  openDashboard?: (hash?: string) => void;
  /** Closes the popup (after starting the picker in the page). */
  closeWindow?: () => void;
}

export function Popup({
  lang,
  send,
  tab,
  builtInPatterns,
  requestHostPermission,
  now = Date.now,
  firstLoad,
  watchDashboard,
  openAlertId,
  openOptions,
  openDashboard,
  closeWindow = () => window.close(),
}: PopupProps) {
  const [dashboard, setDashboard] = useState<Dashboard>();
  const [failure, setFailure] = useState<Failure>();
  const [tracked, setTracked] = useState<readonly string[]>([]);
  const [trackBusy, setTrackBusy] = useState(false);
  const [note, setNote] = useState<string>();
  const [formOpen, setFormOpen] = useState(false);
  const origin = webOrigin(tab?.url);

  const [alertBusy, setAlertBusy] = useState(false);
  // Alerts that were new when the popup opened keep their "new" mark while it stays open, though
  // the background has marked them seen (and published that) meanwhile.
  const [newAtOpen, setNewAtOpen] = useState<ReadonlySet<string>>(new Set());

  const load = useCallback(
    async (prefetched?: PopupProps['firstLoad']) => {
      const [board, sites] = await (prefetched ?? Promise.all([send({ type: 'ui:dashboard' }), send({ type: 'ui:tracked-sites' })]));
      if (board.ok) setDashboard(board.dashboard);
      else setFailure(board);
      if (sites.ok) setTracked(sites.origins);
      return board.ok ? board.dashboard : undefined;
    },
    [send],
  );
  // A layout effect: it subscribes right after the first render, not a frame later (a plain
  // effect waits for the next paint, and the answer is usually already there).
  useLayoutEffect(() => {
    void load(firstLoad).then((board) => {
      setNewAtOpen(new Set(board?.alerts.filter((a) => a.state === 'new').map((a) => a.id)));
      // Shown now, so seen from now on; they keep their "new" mark until the popup opens again.
      markSeen(board ? shownAtFirst(board.alerts, openAlertId) : []);
    });
    // Mount only: later loads (after a save, an import, a dismissal) ask afresh, and whatever the
    // background publishes meanwhile (a page read in another tab) replaces what is shown.
    return watchDashboard?.(setDashboard);
  }, [load, send, firstLoad, watchDashboard]);

  const markSeen = (shown: readonly { id: string; state: string }[]) => {
    const fresh = shown.filter((a) => a.state === 'new').map((a) => a.id);
    if (fresh.length) void send({ type: 'ui:alert-state', ids: fresh, state: 'seen' });
  };

  const onDismiss = (ids: string[]) => {
    setAlertBusy(true);
    void (async () => {
      const reply = await send({ type: 'ui:alert-state', ids, state: 'dismissed' });
      if (!reply.ok) return setFailure(reply);
      await load();
    })().finally(() => setAlertBusy(false));
  };

  const onTrack = (site: string, name: string) => {
    // Before any await: the permission prompt is only allowed inside the click's user gesture.
    const asked = new Promise<boolean>((resolve) => resolve(requestHostPermission(site))).catch(() => false);
    setTrackBusy(true);
    setNote(undefined);
    void (async () => {
      if (!(await asked)) return setNote(t(lang, 'track.denied'));
      const reply = await send({ type: 'ui:track-site', origin: site, tabId: tab?.id, ...(name && { name }) });
      if (!reply.ok) return setFailure(reply);
      setTracked((list) => [...list, site]);
      setNote(t(lang, 'track.done', { origin: site }));
    })().finally(() => setTrackBusy(false));
  };

  const onSave = async (entry: ManualEntry): Promise<Failure | undefined> => {
    const reply = await send({ type: 'ui:add-manual', entry });
    if (!reply.ok) return reply;
    setFormOpen(false);
    setNote(t(lang, 'manual.saved'));
    await load();
    return undefined;
  };

  const onLogEvent = async (entry: EventEntry): Promise<Replies['ui:add-event']> => {
    const reply = await send({ type: 'ui:add-event', entry });
    // The rules ran on the new event: alerts and risk may have changed.
    if (reply.ok && reply.added > 0) await load();
    return reply;
  };

  // The picker opens in the page; the popup closes so that the page can be clicked.
  const onPick = () => {
    if (tab?.id === undefined) return;
    setTrackBusy(true);
    void send({ type: 'ui:start-picker', tabId: tab.id })
      .then((reply) => (reply.ok ? closeWindow() : setFailure(reply)))
      .finally(() => setTrackBusy(false));
  };

  const accounts = dashboard?.accounts ?? [];
  const alerts = dashboard?.alerts ?? [];
  const toggle = (
    <button type="button" class="small" aria-expanded={formOpen} onClick={() => setFormOpen((o) => !o)}>
      {formOpen ? t(lang, 'manual.close') : `+ ${t(lang, 'manual.toggle')}`}
    </button>
  );

  return (
    <LangContext.Provider value={lang}>
      <main class="popup">
        <header class="top">
          <div class="top-row">
            <h1>{t(lang, 'app.name')}</h1>
            <div class="top-links">
              {openDashboard && (
                <button type="button" class="link settings-link" onClick={() => openDashboard()}>
                  {t(lang, 'popup.dashboard')}
                </button>
              )}
              {openDashboard && (
                <button type="button" class="link settings-link import-shots-link" onClick={() => openDashboard('#import')}>
                  {t(lang, 'popup.importShots')}
                </button>
              )}
              {openOptions && (
                <button type="button" class="link settings-link" onClick={openOptions}>
                  {t(lang, 'popup.settings')}
                </button>
              )}
            </div>
          </div>
          <p class="tagline">{t(lang, 'app.tagline')}</p>
        </header>
        <TrackSiteButton
          origin={origin}
          tracked={origin !== undefined && tracked.includes(origin)}
          covered={origin !== undefined && originCoveredBy(builtInPatterns, origin)}
          busy={trackBusy}
          onTrack={onTrack}
          onPick={tab?.id === undefined ? undefined : onPick}
        />
        {note && (
          <p class="ok" role="status">
            {note}
          </p>
        )}
        <ErrorBanner failure={failure} onDismiss={() => setFailure(undefined)} />
        <TabReading send={send} tab={tab} refresh={dashboard} onChanged={() => void load()} />
        {formOpen && <ManualEntryForm accounts={accounts.map((s) => s.account)} onSave={onSave} onClose={() => setFormOpen(false)} />}
        {dashboard && <QuickLog accounts={accounts.map((s) => s.account)} now={now()} onSave={onLogEvent} />}
        {!dashboard && !failure && <p class="muted">{t(lang, 'common.loading')}</p>}
        {dashboard && (accounts.length > 0 || alerts.length > 0) && <RiskSummary risk={dashboard.risk} />}
        <AlertList
          alerts={alerts}
          newIds={newAtOpen}
          now={now()}
          onDismiss={onDismiss}
          busy={alertBusy}
          openAlertId={openAlertId}
          onShowMore={(ids) => markSeen(alerts.filter((a) => ids.includes(a.id)))}
          accounts={accounts.map((s) => s.account)}
        />
        {dashboard && accounts.length === 0 && !formOpen && (
          <EmptyState canTrack={origin !== undefined} onAddManual={() => setFormOpen(true)} />
        )}
        {accounts.length > 0 && <AccountList accounts={accounts} alerts={alerts} now={now()} action={toggle} />}
        <DataSection send={send} hasData={accounts.length > 0} onChanged={() => void load()} />
      </main>
    </LangContext.Provider>
  );
}

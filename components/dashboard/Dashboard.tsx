// The dashboard page (entrypoints/dashboard): what is wrong first (the risk level and one line per
// change, AlertsSection), then the factors, the accounts (from the snapshot the popup also draws
// from, then the background's answer, then every snapshot published while open), the chosen
// account's history (an alert's "show on the chart" chooses it and marks the alert) and the
// timeline, each read in pages. Corrections sit where their rows are: remove on each table row and
// timeline event (with an undo bar), rename and merge for the chosen account; after any of them
// everything is read again (the rules have run again by then).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDateTime } from '../../utils/format';
import { failureText, type Lang } from '../../utils/i18n';
import { td } from '../../utils/i18n/dashboard';
import type { Dashboard as DashboardData, Failure } from '../../utils/messaging/protocol';
import type { Send } from '../../utils/ui/api';
import { LangContext } from '../shared/lang-context';
import { AccountCorrections } from './AccountCorrections';
import { AccountNav, accountName } from './AccountNav';
import { AlertsSection } from './AlertsSection';
import { focusOn, type ChartFocus } from './chart-focus';
import { useChartColors } from './chart-colors';
import type { ChartKit } from './chart-options';
import { FactorsSection } from './FactorsSection';
import { HistoryPanel } from './HistoryPanel';
import type { Removed } from './removal';
import { RemoveRowButton } from './RemoveRowButton';
import { ScreenshotImport } from './ScreenshotImport';
import { readShotsInBrowser } from '../import/shot-browser';
import type { ReadShots } from '../import/shot-reader';
import { Timeline } from './Timeline';
import { UndoBar } from './UndoBar';
import './dashboard.css';
import { isolated } from '../shared/Bidi';

export interface DashboardProps {
  lang: Lang;
  send: Send;
  now?: () => number;
  /** The snapshot the background last published (utils/messaging/dashboard-snapshot.ts), for the first paint. */
  snapshot?: DashboardData;
  /** The alert a notification click named (`dashboard.html#alert=<id>`): shown on top, its account chosen. */
  openAlertId?: string;
  /** The chart library, loaded alongside the first paint (uplot-chart.ts; a fake in tests). */
  chart: Promise<ChartKit> | ChartKit;
  /** Subscribes to the dashboards the background publishes while the page is open; returns the unsubscribe. */
  watchDashboard?: (on: (dashboard: DashboardData) => void) => () => void;
  /** Opened as `dashboard.html#import`: the screenshot import is brought into view. */
  openImport?: boolean;
  /** OCR + the screen reader for pasted screenshots (the browser's worker; lines in tests). */
  readShots?: ReadShots;
}

export function Dashboard({
  lang,
  send,
  now = Date.now,
  snapshot,
  openAlertId,
  chart,
  watchDashboard,
  openImport,
  readShots = readShotsInBrowser,
}: DashboardProps) {
  const [board, setBoard] = useState<DashboardData | undefined>(snapshot);
  const [failure, setFailure] = useState<Failure>();
  const [selected, setSelected] = useState<string>();
  // Bumped after a correction: the account list, chart, table and timeline read again.
  const [version, setVersion] = useState(0);
  // The last removal, while its undo is offered.
  const [removed, setRemoved] = useState<Removed>();
  // The alert shown on the chart ("show on the chart", or the one a notification named).
  const [focus, setFocus] = useState<ChartFocus>();
  // Alerts new when the page opened keep their mark while it stays open (the background marks them
  // seen at once: every active line is on this page).
  const [newAtOpen, setNewAtOpen] = useState<ReadonlySet<string>>(new Set());
  const [alertBusy, setAlertBusy] = useState(false);
  const colors = useChartColors();
  // A capture in another tab: the background publishes, the page follows without a reload.
  useEffect(() => watchDashboard?.(setBoard), [watchDashboard]);
  const [kit, setKit] = useState<ChartKit | undefined>('createChart' in chart ? chart : undefined);
  useEffect(() => {
    if (!('createChart' in chart)) void chart.then(setKit);
  }, [chart]);

  useEffect(() => {
    let current = true;
    void send({ type: 'ui:dashboard' }).then((reply) => {
      if (!current) return;
      if (!reply.ok) return setFailure(reply);
      setBoard(reply.dashboard);
      const fresh = reply.dashboard.alerts.filter((a) => a.state === 'new').map((a) => a.id);
      if (version === 0 && fresh.length) {
        setNewAtOpen(new Set(fresh));
        void send({ type: 'ui:alert-state', ids: fresh, state: 'seen' });
      }
    });
    return () => {
      current = false;
    };
  }, [version]);

  const accounts = board?.accounts ?? [];
  const alert = openAlertId ? board?.alerts.find((a) => a.id === openAlertId) : undefined;
  const chosen = accounts.find((s) => s.account.id === selected) ?? accounts.find((s) => s.account.id === alert?.accountId) ?? accounts[0];
  const changed = () => setVersion((v) => v + 1);
  const showChart = (a: DashboardData['alerts'][number], scroll = true) => {
    const f = focusOn(a, lang, scroll);
    if (!f) return;
    setSelected(f.accountId);
    setFocus(f);
  };
  const focused = useRef(false);
  useEffect(() => {
    if (alert && !focused.current) {
      focused.current = true;
      showChart(alert, false);
    }
  }, [alert]);
  const accountList = useMemo(() => accounts.map((s) => s.account), [board]);

  const onDismiss = (ids: string[]) => {
    setAlertBusy(true);
    void send({ type: 'ui:alert-state', ids, state: 'dismissed' })
      .then((reply) => (reply.ok ? changed() : setFailure(reply)))
      .finally(() => setAlertBusy(false));
  };

  const onRemoved = (r: Removed) => {
    setRemoved(r);
    changed();
  };
  const rowLabel = (name: string, at: string) => td(lang, 'dash.rowLabel', { name: isolated(name), at: formatDateTime(lang, at) });

  return (
    <LangContext.Provider value={lang}>
      <main class="dashboard">
        <header class="dash-top">
          <h1>{td(lang, 'dash.title')}</h1>
        </header>
        <ScreenshotImport send={send} accounts={accountList} readShots={readShots} now={now} onChanged={changed} focus={openImport} />
        {failure && (
          <p class="error" role="alert">
            {failureText(lang, failure)}
          </p>
        )}
        {board && (
          <AlertsSection
            board={board}
            now={now()}
            openAlertId={openAlertId}
            onShowChart={showChart}
            newIds={newAtOpen}
            onDismiss={onDismiss}
            busy={alertBusy}
          />
        )}
        {!board && !failure && <p class="muted">{td(lang, 'dash.loading')}</p>}
        {board && accounts.length === 0 && <p class="muted">{td(lang, 'dash.noAccounts')}</p>}
        {board && accounts.length > 0 && <FactorsSection send={send} version={version} />}
        {accounts.length > 0 && (
          <div class="dash-main">
            <AccountNav accounts={accounts} selected={chosen?.account.id} onSelect={setSelected} />
            {chosen && (
              <div class="dash-account">
                <HistoryPanel
                  send={send}
                  accountId={chosen.account.id}
                  name={accountName(chosen)}
                  now={now}
                  colors={colors}
                  kit={kit}
                  version={version}
                  focus={focus}
                  stamp={`${chosen.observationCount}|${chosen.lastSeenAt ?? ''}`}
                  rowActions={(row) => (
                    <RemoveRowButton
                      send={send}
                      target={{ kind: 'observation', accountId: row.accountId, at: row.at }}
                      label={rowLabel(accountName(chosen), row.at)}
                      onRemoved={onRemoved}
                    />
                  )}
                  onFailure={setFailure}
                />
                <AccountCorrections send={send} summary={chosen} accounts={accounts} changed={changed} />
              </div>
            )}
          </div>
        )}
        {board && (
          <Timeline
            send={send}
            accounts={accounts.map((s) => s.account)}
            version={version}
            eventActions={(e) => (
              <RemoveRowButton
                send={send}
                target={{ kind: 'event', key: e.key }}
                label={rowLabel(e.lender ?? td(lang, `dash.event.${e.kind}`), e.at)}
                onRemoved={onRemoved}
              />
            )}
            onFailure={setFailure}
          />
        )}
        <UndoBar
          send={send}
          removed={removed}
          onUndone={() => {
            setRemoved(undefined);
            changed();
          }}
          onClose={() => setRemoved(undefined)}
        />
      </main>
    </LangContext.Provider>
  );
}

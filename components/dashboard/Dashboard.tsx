// The dashboard page (entrypoints/dashboard): the accounts at once (from the snapshot the popup also
// draws from, then the background's answer), then the chosen account's history and the timeline,
// each read in pages. Two places are left for other parts: the factors section and the correction
// controls (per account, per row, per event), passed in by the entrypoint.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { failureText, type Lang } from '../../utils/i18n';
import { td } from '../../utils/i18n/dashboard';
import type { AccountSummary, Dashboard as DashboardData, Failure } from '../../utils/messaging/protocol';
import type { Observation } from '../../utils/model/types';
import type { StoredEvent } from '../../utils/storage/db';
import type { Send } from '../../utils/ui/api';
import { AccountNav, accountName } from './AccountNav';
import { useChartColors } from './chart-colors';
import type { ChartKit } from './chart-options';
import { HistoryPanel } from './HistoryPanel';
import { Timeline } from './Timeline';
import './dashboard.css';

export interface DashboardProps {
  lang: Lang;
  send: Send;
  now?: () => number;
  /** The snapshot the background last published (utils/ui/dashboard-snapshot.ts), for the first paint. */
  snapshot?: DashboardData;
  /** The alert a notification click named (`dashboard.html#alert=<id>`): shown on top, its account chosen. */
  openAlertId?: string;
  /** The chart library, loaded alongside the first paint (uplot-chart.ts; a fake in tests). */
  chart: Promise<ChartKit> | ChartKit;
  /** 因素 / Factors: the factors panel (components/dashboard/FactorsPanel.tsx), wired in by the entrypoint. */
  renderFactors?: (props: { dashboard: DashboardData; reload: () => void }) => ComponentChildren;
  /** Corrections: controls for one account (rename, merge), one observation row, one event. */
  accountActions?: (summary: AccountSummary, changed: () => void) => ComponentChildren;
  rowActions?: (row: Observation, changed: () => void) => ComponentChildren;
  eventActions?: (event: StoredEvent, changed: () => void) => ComponentChildren;
}

export function Dashboard({ lang, send, now = Date.now, snapshot, openAlertId, chart, renderFactors, accountActions, rowActions, eventActions }: DashboardProps) {
  const [board, setBoard] = useState<DashboardData | undefined>(snapshot);
  const [failure, setFailure] = useState<Failure>();
  const [selected, setSelected] = useState<string>();
  // Bumped after a correction: the account list, chart, table and timeline read again.
  const [version, setVersion] = useState(0);
  const colors = useChartColors();
  const [kit, setKit] = useState<ChartKit | undefined>('createChart' in chart ? chart : undefined);
  useEffect(() => {
    if (!('createChart' in chart)) void chart.then(setKit);
  }, [chart]);

  useEffect(() => {
    let current = true;
    void send({ type: 'ui:dashboard' }).then((reply) => {
      if (!current) return;
      if (reply.ok) setBoard(reply.dashboard);
      else setFailure(reply);
    });
    return () => {
      current = false;
    };
  }, [version]);

  const accounts = board?.accounts ?? [];
  const alert = openAlertId ? board?.alerts.find((a) => a.id === openAlertId) : undefined;
  const chosen = accounts.find((s) => s.account.id === selected) ?? accounts.find((s) => s.account.id === alert?.accountId) ?? accounts[0];
  const changed = () => setVersion((v) => v + 1);

  return (
    <main class="dashboard">
      <header class="dash-top">
        <h1>{td(lang, 'dash.title')}</h1>
      </header>
      {failure && (
        <p class="error" role="alert">
          {failureText(lang, failure)}
        </p>
      )}
      {alert && (
        <section class="opened-alert" aria-label={td(lang, 'dash.alertFrom')}>
          <h2>{alert.text[lang].title}</h2>
          <p>{alert.text[lang].detail}</p>
        </section>
      )}
      {!board && !failure && <p class="muted">{td(lang, 'dash.loading')}</p>}
      {board && accounts.length === 0 && <p class="muted">{td(lang, 'dash.noAccounts')}</p>}
      {board && renderFactors && (
        <section class="factors" aria-labelledby="factors-title">
          <h2 id="factors-title">{td(lang, 'dash.factors')}</h2>
          {renderFactors({ dashboard: board, reload: changed })}
        </section>
      )}
      {accounts.length > 0 && (
        <div class="dash-main">
          <AccountNav lang={lang} accounts={accounts} selected={chosen?.account.id} onSelect={setSelected} accountActions={accountActions && ((s) => accountActions(s, changed))} />
          {chosen && (
            <HistoryPanel
              lang={lang}
              send={send}
              accountId={chosen.account.id}
              name={accountName(chosen)}
              now={now}
              colors={colors}
              kit={kit}
              version={version}
              rowActions={rowActions && ((row) => rowActions(row, changed))}
              onFailure={setFailure}
            />
          )}
        </div>
      )}
      {board && <Timeline lang={lang} send={send} accounts={accounts.map((s) => s.account)} version={version} eventActions={eventActions && ((e) => eventActions(e, changed))} onFailure={setFailure} />}
    </main>
  );
}

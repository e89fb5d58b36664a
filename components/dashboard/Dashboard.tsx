// The dashboard page (entrypoints/dashboard): the accounts at once (from the snapshot the popup also
// draws from, then the background's answer), the factors, then the chosen account's history and the
// timeline, each read in pages. Corrections sit where their rows are: remove on each table row and
// timeline event (with an undo bar), rename and merge for the chosen account; after any of them
// everything is read again (the rules have run again by then).
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../utils/format';
import { failureText, type Lang } from '../../utils/i18n';
import { td } from '../../utils/i18n/dashboard';
import type { Dashboard as DashboardData, Failure } from '../../utils/messaging/protocol';
import type { Send } from '../../utils/ui/api';
import { LangContext } from '../lang-context';
import { AccountCorrections } from './AccountCorrections';
import { AccountNav, accountName } from './AccountNav';
import { useChartColors } from './chart-colors';
import type { ChartKit } from './chart-options';
import { FactorsSection } from './FactorsSection';
import { HistoryPanel } from './HistoryPanel';
import type { Removed } from './removal';
import { RemoveRowButton } from './RemoveRowButton';
import { Timeline } from './Timeline';
import { UndoBar } from './UndoBar';
import './dashboard.css';
import { isolated } from '../Bidi';

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
}

export function Dashboard({ lang, send, now = Date.now, snapshot, openAlertId, chart }: DashboardProps) {
  const [board, setBoard] = useState<DashboardData | undefined>(snapshot);
  const [failure, setFailure] = useState<Failure>();
  const [selected, setSelected] = useState<string>();
  // Bumped after a correction: the account list, chart, table and timeline read again.
  const [version, setVersion] = useState(0);
  // The last removal, while its undo is offered.
  const [removed, setRemoved] = useState<Removed>();
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

// The dashboard's top: what is wrong. The risk level and what drives it, then the active alerts as
// one line per change (most severe first), each open to its evidence and advice; every alert with an
// account offers "show on the chart" (the page chooses the account, widens the range to include the
// alert's instant and marks it). The line a notification named (`#alert=<id>`) opens and is scrolled
// to; otherwise the first line opens, so the advice is on screen at once. A line can be dismissed
// here as in the popup (it comes back if things get worse); dismissed lines wait behind a toggle.
import type { AlertRecord } from '../../utils/model/alert-record';
import { tl } from '../../utils/i18n/alert-lines';
import type { Dashboard } from '../../utils/messaging/protocol';
import { groupAlerts } from '../../utils/rules/grouping';
import { activeLines } from '../shared/AlertList';
import { AlertLine, type AlertLineGroup } from '../shared/AlertLine';
import { DismissedAlerts } from '../shared/DismissedAlerts';
import { RiskSummary } from '../shared/RiskSummary';
import { useLang } from '../shared/lang-context';
import './alerts.css';

export interface AlertsSectionProps {
  board: Dashboard;
  now: number;
  /** The alert a notification click named: its line opens and is scrolled to. */
  openAlertId?: string;
  /** Shows one alert on its account's chart. */
  onShowChart: (alert: AlertRecord) => void;
  /** Shown as new whatever their state now (they were new when the page opened). */
  newIds?: ReadonlySet<string>;
  /** Called with every alert id of the dismissed line. */
  onDismiss?: (ids: string[]) => void;
  busy?: boolean;
}

export function AlertsSection({ board, now, openAlertId, onShowChart, newIds, onDismiss, busy }: AlertsSectionProps) {
  const lang = useLang();
  const lines = activeLines(board.alerts);
  const dismissed = groupAlerts(board.alerts.filter((a) => a.state === 'dismissed'));
  const named = lines.findIndex((g) => g.alerts.some((a) => a.id === openAlertId));
  const namesOf = (g: AlertLineGroup) => {
    const account = board.accounts.find((s) => s.account.id === g.lead.accountId)?.account;
    return account ? [account.lender, account.product ?? '', `${account.lender} ${account.product ?? ''}`.trim()] : [];
  };
  return (
    <section class="dash-alerts" aria-labelledby="dash-alerts-title">
      <RiskSummary risk={board.risk} />
      <h2 id="dash-alerts-title">{tl(lang, 'lines.heading', { n: lines.length })}</h2>
      {lines.length === 0 ? (
        <p class="muted">{tl(lang, 'lines.none')}</p>
      ) : (
        <ul class="alert-list">
          {lines.map((g, i) => (
            <li key={g.key}>
              <AlertLine
                group={g}
                isNew={g.alerts.some((a) => a.state === 'new' || newIds?.has(a.id))}
                now={now}
                spark={false}
                onDismiss={onDismiss}
                busy={busy}
                names={namesOf(g)}
                initiallyOpen={named >= 0 ? i === named : i === 0}
                scrollTo={i === named}
                actions={(a) =>
                  a.accountId !== undefined && (
                    <button
                      type="button"
                      class="small show-on-chart"
                      aria-label={tl(lang, 'lines.showOnChartOf', { title: a.text[lang].title })}
                      onClick={() => onShowChart(a)}
                    >
                      {tl(lang, 'lines.showOnChart')}
                    </button>
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <DismissedAlerts dismissed={dismissed} now={now} spark={false} namesOf={namesOf} />
    </section>
  );
}

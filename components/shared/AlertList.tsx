import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { AlertRecord } from '../../utils/model/alert-record';
import { groupAlerts } from '../../utils/rules/grouping';
import { AlertLine, type AlertLineGroup } from './AlertLine';
import { DismissedAlerts } from './DismissedAlerts';
import { useLang } from './lang-context';
import type { Account } from '../../utils/model/types';

export interface AlertListProps {
  /** Most severe first, as the background sends them. */
  alerts: readonly AlertRecord[];
  /** Shown as new whatever their state now (they were new when the popup opened). */
  newIds?: ReadonlySet<string>;
  now: number;
  /** Called with every alert id of the dismissed line. */
  onDismiss: (ids: string[]) => void;
  busy?: boolean;
  /** The alert to open and scroll to (from a notification click): its line opens. */
  openAlertId?: string;
  /** Called with the alerts "show more" revealed (they count as seen from then on). */
  onShowMore?: (ids: string[]) => void;
  /** The accounts the alerts may name: their lender and product are isolated in the alerts' words. */
  accounts?: readonly Pick<Account, 'id' | 'lender' | 'product'>[];
}

/** How many lines (changes) the popup opens with; the rest wait behind "show N more". */
export const ALERTS_SHOWN = 5;

/** The active alerts as lines, one per change, most severe first. */
export const activeLines = (alerts: readonly AlertRecord[]): AlertLineGroup[] => groupAlerts(alerts.filter((a) => a.state !== 'dismissed'));

const holds = (g: AlertLineGroup, id: string | undefined) => id !== undefined && g.alerts.some((a) => a.id === id);

/** How many lines show at first: the most severe few, or all when the one a notification named would be hidden. */
function firstCount(lines: readonly AlertLineGroup[], openAlertId?: string): number {
  return lines.findIndex((g) => holds(g, openAlertId)) >= ALERTS_SHOWN ? lines.length : ALERTS_SHOWN;
}

/**
 * The active alerts the popup shows before "show more": those of the most severe few lines, or of all
 * lines when the one a notification asked for would otherwise be hidden. Only these count as seen.
 */
export function shownAtFirst(alerts: readonly AlertRecord[], openAlertId?: string): AlertRecord[] {
  const lines = activeLines(alerts);
  return lines.slice(0, firstCount(lines, openAlertId)).flatMap((g) => g.alerts);
}

/**
 * Active alerts as one line per change, most severe first (a long list opens with the first few,
 * which keeps the popup quick to open and readable); the dismissed ones wait behind a toggle so they
 * can still be found.
 */
export function AlertList({ alerts, newIds, now, onDismiss, busy, openAlertId, onShowMore, accounts = [] }: AlertListProps) {
  const lang = useLang();
  const [showAll, setShowAll] = useState(false);
  const all = activeLines(alerts);
  const first = firstCount(all, openAlertId);
  const active = showAll ? all : all.slice(0, first);
  const hidden = Math.max(0, all.length - first);
  const dismissed = groupAlerts(alerts.filter((a) => a.state === 'dismissed'));
  const namesOf = (g: AlertLineGroup) => {
    const account = accounts.find((x) => x.id === g.lead.accountId);
    return account ? [account.lender, account.product ?? '', `${account.lender} ${account.product ?? ''}`.trim()] : [];
  };
  if (!alerts.length) return null;
  return (
    <section class="alerts" aria-labelledby="alerts-title">
      <h2 id="alerts-title" class="section-title">
        {t(lang, 'alerts.title', { n: active.length })}
      </h2>
      {active.length > 0 && (
        <ul class="alert-list">
          {active.map((g) => (
            <li key={g.key}>
              <AlertLine
                group={g}
                isNew={g.alerts.some((a) => a.state === 'new' || newIds?.has(a.id))}
                now={now}
                onDismiss={onDismiss}
                busy={busy}
                initiallyOpen={holds(g, openAlertId)}
                names={namesOf(g)}
              />
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button
          type="button"
          class="link"
          aria-expanded={showAll}
          onClick={() => {
            if (!showAll) onShowMore?.(all.slice(first).flatMap((g) => g.alerts.map((a) => a.id)));
            setShowAll((s) => !s);
          }}
        >
          {t(lang, showAll ? 'alerts.showFewer' : 'alerts.showMore', { n: hidden })}
        </button>
      )}
      <DismissedAlerts dismissed={dismissed} now={now} namesOf={namesOf} />
    </section>
  );
}

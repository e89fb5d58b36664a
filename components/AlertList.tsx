import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { AlertRecord } from '../utils/model/alert-record';
import { AlertItem } from './AlertItem';
import { useLang } from './lang-context';
import type { Account } from '../utils/model/types';

export interface AlertListProps {
  /** Most severe first, as the background sends them. */
  alerts: readonly AlertRecord[];
  /** Shown as new whatever their state now (they were new when the popup opened). */
  newIds?: ReadonlySet<string>;
  now: number;
  onDismiss: (id: string) => void;
  busy?: boolean;
  /** The alert to open and scroll to (from a notification click). */
  openAlertId?: string;
  /** Called with the alerts "show more" revealed (they count as seen from then on). */
  onShowMore?: (ids: string[]) => void;
  /** The accounts the alerts may name: their lender and product are isolated in the alerts' words. */
  accounts?: readonly Pick<Account, 'id' | 'lender' | 'product'>[];
}

/** How many active alerts the popup opens with; the rest wait behind "show N more". */
export const ALERTS_SHOWN = 5;

/**
 * The active alerts the popup shows before "show more": the most severe few, or all of them when
 * the one a notification asked for would otherwise be hidden. Only these count as seen.
 */
export function shownAtFirst(alerts: readonly AlertRecord[], openAlertId?: string): AlertRecord[] {
  const active = alerts.filter((a) => a.state !== 'dismissed');
  const cut = active.findIndex((a) => a.id === openAlertId) >= ALERTS_SHOWN ? active.length : ALERTS_SHOWN;
  return active.slice(0, cut);
}

/**
 * Active alerts, most severe first (a long list opens with the first few, which keeps the popup
 * quick to open and readable); the dismissed ones wait behind a toggle so they can still be found.
 */
export function AlertList({ alerts, newIds, now, onDismiss, busy, openAlertId, onShowMore, accounts = [] }: AlertListProps) {
  const lang = useLang();
  const [showDismissed, setShowDismissed] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const all = alerts.filter((a) => a.state !== 'dismissed');
  const first = shownAtFirst(alerts, openAlertId);
  const active = showAll ? all : first;
  const hidden = all.length - first.length;
  const dismissed = alerts.filter((a) => a.state === 'dismissed');
  const namesOf = (a: AlertRecord) => {
    const account = accounts.find((x) => x.id === a.accountId);
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
          {active.map((a) => (
            <li key={a.id}>
              <AlertItem
                alert={a}
                isNew={a.state === 'new' || newIds?.has(a.id)}
                now={now}
                onDismiss={onDismiss}
                busy={busy}
                initiallyOpen={a.id === openAlertId}
                names={namesOf(a)}
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
            if (!showAll) onShowMore?.(all.slice(first.length).map((a) => a.id));
            setShowAll((s) => !s);
          }}
        >
          {t(lang, showAll ? 'alerts.showFewer' : 'alerts.showMore', { n: hidden })}
        </button>
      )}
      {dismissed.length > 0 && (
        <>
          <button type="button" class="link" aria-expanded={showDismissed} onClick={() => setShowDismissed((s) => !s)}>
            {t(lang, showDismissed ? 'alerts.hideDismissed' : 'alerts.showDismissed', { n: dismissed.length })}
          </button>
          {showDismissed && (
            <ul class="alert-list">
              {dismissed.map((a) => (
                <li key={a.id}>
                  <AlertItem alert={a} now={now} names={namesOf(a)} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

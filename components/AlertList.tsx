import { useState } from 'preact/hooks';
import { t, type Lang } from '../utils/i18n';
import type { AlertRecord } from '../utils/model/alert-record';
import { AlertItem } from './AlertItem';

export interface AlertListProps {
  lang: Lang;
  /** Most severe first, as the background sends them. */
  alerts: readonly AlertRecord[];
  now: number;
  onDismiss: (id: string) => void;
  busy?: boolean;
  /** The alert to open and scroll to (from a notification click). */
  openAlertId?: string;
}

/** Active alerts; the dismissed ones wait behind a toggle so they can still be found. */
export function AlertList({ lang, alerts, now, onDismiss, busy, openAlertId }: AlertListProps) {
  const [showDismissed, setShowDismissed] = useState(false);
  const active = alerts.filter((a) => a.state !== 'dismissed');
  const dismissed = alerts.filter((a) => a.state === 'dismissed');
  if (!alerts.length) return null;
  return (
    <section class="alerts" aria-labelledby="alerts-title">
      <h2 id="alerts-title" class="section-title">{t(lang, 'alerts.title', { n: active.length })}</h2>
      {active.length > 0 && (
        <ul class="alert-list">
          {active.map((a) => (
            <li key={a.id}>
              <AlertItem lang={lang} alert={a} now={now} onDismiss={onDismiss} busy={busy} initiallyOpen={a.id === openAlertId} />
            </li>
          ))}
        </ul>
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
                  <AlertItem lang={lang} alert={a} now={now} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

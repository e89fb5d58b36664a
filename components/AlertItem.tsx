import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, formatRelative } from '../utils/format';
import { t } from '../utils/i18n';
import type { AlertRecord } from '../utils/model/alert-record';
import { Sparkline } from './Sparkline';
import { useLang } from './lang-context';
import { isolateNames } from './Bidi';

export interface AlertItemProps {
  alert: AlertRecord;
  /** Marked new: its state is `new`, or it was when the popup opened (default: its state). */
  isNew?: boolean;
  now: number;
  onDismiss?: (id: string) => void;
  busy?: boolean;
  /** Opened and scrolled into view on mount (the popup page opened from a notification). */
  initiallyOpen?: boolean;
  /** The names (lender, product) inside this alert's words, isolated where they appear. */
  names?: readonly string[];
}

// Titles and details contain lender names from pages: text nodes only (Preact escapes them).
export function AlertItem({
  alert,
  isNew = alert.state === 'new',
  now,
  onDismiss,
  busy,
  initiallyOpen = false,
  names = [],
}: AlertItemProps) {
  const lang = useLang();
  const [open, setOpen] = useState(initiallyOpen);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (initiallyOpen) ref.current?.scrollIntoView({ block: 'start' });
  }, [initiallyOpen]);
  const words = alert.text[lang];
  const bodyId = `alert-body-${alert.id}`;
  return (
    <article ref={ref} class={`alert alert-${alert.severity}${alert.state === 'dismissed' ? ' alert-dismissed' : ''}`}>
      <button type="button" class="alert-head" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
        <span class={`sev sev-${alert.severity}`}>{t(lang, `severity.${alert.severity}`)}</span>
        <span class="alert-title">{isolateNames(words.title, [...names])}</span>
        {isNew && <span class="alert-new">{t(lang, 'alerts.new')}</span>}
        <span class="alert-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      <p class="alert-when">
        <time dateTime={alert.at} title={formatDateTime(lang, alert.at)}>
          {t(lang, 'alerts.since', { when: formatRelative(lang, alert.at, now) })}
        </time>
      </p>
      {open && (
        <div id={bodyId} class="alert-body">
          <p class="alert-detail">{isolateNames(words.detail, [...names])}</p>
          {alert.series && <Sparkline series={alert.series} />}
          <h3 class="alert-advice-title">{t(lang, 'alerts.advice')}</h3>
          <ul class="alert-advice">
            {words.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          {alert.state === 'dismissed' ? (
            <p class="muted">{t(lang, 'alerts.dismissedNote')}</p>
          ) : (
            onDismiss && (
              <div class="actions">
                <button type="button" class="small" disabled={busy} onClick={() => onDismiss(alert.id)}>
                  {t(lang, 'alerts.dismiss')}
                </button>
                <span class="muted">{t(lang, 'alerts.dismissHint')}</span>
              </div>
            )
          )}
        </div>
      )}
    </article>
  );
}

// One line per change (utils/rules/grouping.ts): the most severe alert titles it, the others of the
// same change are named beneath ("同时：额度清零 · 状态变差"). The head is the line's disclosure
// button (aria-expanded, a real button, so Enter and Space work); open, it shows each alert with its
// own evidence, the lead's limit chart, the advice once, and what the page offers per alert (the
// dashboard's "show on the chart"). Dismissing a line dismisses every alert in it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, formatRelative } from '../../utils/format';
import { t, type Lang } from '../../utils/i18n';
import { tl } from '../../utils/i18n/alert-lines';
import type { AlertRecord } from '../../utils/model/alert-record';
import { changeTime, type AlertGroup } from '../../utils/rules/grouping';
import { Sparkline } from './Sparkline';
import { isolateNames } from './Bidi';
import { useLang } from './lang-context';
import './alert-lines.css';

export type AlertLineGroup = AlertGroup<AlertRecord>;

const DAY = 86_400_000;

export interface AlertLineProps {
  group: AlertLineGroup;
  /** Marked new: one of its alerts is new, or was when the page opened (default: their states). */
  isNew?: boolean;
  now: number;
  /** Called with every alert id of the line. */
  onDismiss?: (ids: string[]) => void;
  busy?: boolean;
  /** Opened (and scrolled into view when `scrollTo`) on mount: a notification named one of its alerts. */
  initiallyOpen?: boolean;
  scrollTo?: boolean;
  /** What the page offers for one alert of the line (the dashboard: show it on the chart). */
  actions?: (alert: AlertRecord) => ComponentChildren;
  /** The lead's limit sparkline (the popup; the dashboard has the full chart instead). */
  spark?: boolean;
  /** The names (lender, product) inside the alerts' words, isolated where they appear. */
  names?: readonly string[];
}

/** The folded alerts' rule names, once each, in the line's order. */
export function alsoText(lang: Lang, group: AlertLineGroup): string {
  const names = [...new Set(group.folded.map((a) => t(lang, `rule.${a.rule}`)))];
  return names.length ? tl(lang, 'lines.also', { rules: names.join(' · ') }) : '';
}

/** Every piece of advice of the line, once, the lead's first. */
const adviceOf = (lang: Lang, group: AlertLineGroup): string[] => [...new Set(group.alerts.flatMap((a) => a.text[lang].advice))];

// Titles and details contain lender names from pages: text nodes only (Preact escapes them).
interface EvidenceProps {
  alert: AlertRecord;
  lead: boolean;
  now: number;
  spark: boolean;
  actions?: AlertLineProps['actions'];
  names: readonly string[];
}

function Evidence({ alert, lead, now, spark, actions, names }: EvidenceProps) {
  const lang = useLang();
  const words = alert.text[lang];
  return (
    <div class={`alert-evidence${lead ? ' alert-evidence-lead' : ''}`} data-rule={alert.rule}>
      {!lead && (
        <p class="alert-evidence-title">
          <span class={`sev sev-${alert.severity}`}>{t(lang, `severity.${alert.severity}`)}</span> {isolateNames(words.title, [...names])}
        </p>
      )}
      <p class="alert-detail">{isolateNames(words.detail, [...names])}</p>
      {!lead && (
        <p class="alert-when">
          <time dateTime={alert.at} title={formatDateTime(lang, alert.at)}>
            {t(lang, 'alerts.since', { when: formatRelative(lang, alert.at, now) })}
          </time>
        </p>
      )}
      {lead && spark && alert.series && <Sparkline series={alert.series} />}
      {actions?.(alert)}
    </div>
  );
}

export function AlertLine({
  group,
  isNew,
  now,
  onDismiss,
  busy,
  initiallyOpen = false,
  scrollTo = initiallyOpen,
  actions,
  spark = true,
  names = [],
}: AlertLineProps) {
  const lang = useLang();
  const [open, setOpen] = useState(initiallyOpen);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (initiallyOpen) setOpen(true);
    if (scrollTo) ref.current?.scrollIntoView?.({ block: 'start' });
  }, [initiallyOpen, scrollTo]);
  const { lead } = group;
  const dismissed = group.alerts.every((a) => a.state === 'dismissed');
  const fresh = isNew ?? group.alerts.some((a) => a.state === 'new');
  const bodyId = `alert-body-${lead.id}`;
  const also = alsoText(lang, group);
  // A condition that deepened in steps (a limit cut twice): when the change this line speaks for happened.
  const step = changeTime(lead);
  const latest = step - Date.parse(lead.at) >= DAY ? step : undefined;
  return (
    <article ref={ref} class={`alert alert-${group.severity}${dismissed ? ' alert-dismissed' : ''}`} data-alert-id={lead.id}>
      <button type="button" class="alert-head" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
        <span class={`sev sev-${group.severity}`}>{t(lang, `severity.${group.severity}`)}</span>
        <span class="alert-title">{isolateNames(lead.text[lang].title, [...names])}</span>
        {group.folded.length > 0 && <span class="alert-count">{tl(lang, 'lines.count', { n: group.alerts.length })}</span>}
        {fresh && <span class="alert-new">{t(lang, 'alerts.new')}</span>}
        <span class="alert-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      <p class="alert-when">
        <time dateTime={lead.at} title={formatDateTime(lang, lead.at)}>
          {t(lang, 'alerts.since', { when: formatRelative(lang, lead.at, now) })}
        </time>
        {latest !== undefined && (
          <>
            {' · '}
            <time dateTime={new Date(latest).toISOString()} title={formatDateTime(lang, latest)}>
              {tl(lang, 'lines.latest', { when: formatRelative(lang, latest, now) })}
            </time>
          </>
        )}
      </p>
      {also && <p class="alert-also">{also}</p>}
      {open && (
        <div id={bodyId} class="alert-body">
          {group.alerts.map((a) => (
            <Evidence key={a.id} alert={a} lead={a === lead} now={now} spark={spark} actions={actions} names={names} />
          ))}
          <h3 class="alert-advice-title">{t(lang, 'alerts.advice')}</h3>
          <ul class="alert-advice">
            {adviceOf(lang, group).map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          {dismissed ? (
            <p class="muted">{t(lang, 'alerts.dismissedNote')}</p>
          ) : (
            onDismiss && (
              <div class="actions">
                <button type="button" class="small" disabled={busy} onClick={() => onDismiss(group.alerts.map((a) => a.id))}>
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

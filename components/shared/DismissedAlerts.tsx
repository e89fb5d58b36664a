// The dismissed lines behind their toggle ("显示已忽略的提醒 (n)"), under the active ones in the popup
// and on the dashboard. Shown as they were, without a dismiss button and never marked new.
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { AlertLine, type AlertLineGroup } from './AlertLine';
import { useLang } from './lang-context';

export interface DismissedAlertsProps {
  dismissed: readonly AlertLineGroup[];
  now: number;
  /** The names inside a line's words, isolated where they appear. */
  namesOf: (group: AlertLineGroup) => readonly string[];
  /** The lead's sparkline (the popup's lines have it; the dashboard has the full chart). */
  spark?: boolean;
}

export function DismissedAlerts({ dismissed, now, namesOf, spark }: DismissedAlertsProps) {
  const lang = useLang();
  const [shown, setShown] = useState(false);
  if (dismissed.length === 0) return null;
  return (
    <>
      <button type="button" class="link" aria-expanded={shown} onClick={() => setShown((s) => !s)}>
        {t(lang, shown ? 'alerts.hideDismissed' : 'alerts.showDismissed', { n: dismissed.length })}
      </button>
      {shown && (
        <ul class="alert-list">
          {dismissed.map((g) => (
            <li key={g.key}>
              <AlertLine group={g} isNew={false} now={now} spark={spark} names={namesOf(g)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

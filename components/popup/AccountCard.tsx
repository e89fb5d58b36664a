import { formatAmount, formatApr, formatDailyRate, formatDateTime, formatRelative, formatUtilization } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { AccountSummary } from '../../utils/messaging/protocol';
import type { AlertRecord } from '../../utils/model/alert-record';
import { useLang } from '../shared/lang-context';
import { fillNodes, Name } from '../shared/Bidi';

export interface AccountCardProps {
  summary: AccountSummary;
  /** Epoch ms; a parameter so the card renders the same in tests and screenshots. */
  now: number;
  /** This account's most severe alert, if any. */
  worst?: AlertRecord;
}

// Everything below that came from a page (lender, product, statusText) is rendered as a JSX text
// node only: Preact escapes it, so a hostile name stays text.
export function AccountCard({ summary, now, worst }: AccountCardProps) {
  const lang = useLang();
  const { account, latest, lastSeenAt, observationCount, utilization } = summary;
  const status = latest?.status ?? 'unknown';
  const statusName = t(lang, `status.${status}`);
  const amounts = [
    ['card.total', latest?.totalLimit],
    ['card.available', latest?.availableLimit],
    ['card.used', latest?.usedAmount],
  ] as const;
  const rates = [
    latest?.dailyRate !== undefined ? formatDailyRate(lang, latest.dailyRate) : undefined,
    latest?.apr !== undefined ? formatApr(lang, latest.apr) : undefined,
  ].filter((r): r is string => r !== undefined);
  // The page's own phrase helps when it adds something ("综合评估暂未通过"), not when it only
  // repeats the status name in either language.
  const showPageText =
    // A normal account's phrase is usually a button label (去借钱); it says nothing the badge does not.
    status !== 'normal' &&
    latest?.statusText &&
    latest.statusText !== t('zh', `status.${status}`) &&
    latest.statusText !== t('en', `status.${status}`);
  const seen = lastSeenAt ?? latest?.lastSeenAt ?? latest?.at;

  return (
    <article class={`card card-${status}`}>
      <header class="card-head">
        <div class="card-name">
          <span class="card-lender">
            <Name text={account.lender} />
          </span>
          {account.product && (
            <span class="card-product">
              <Name text={account.product} />
            </span>
          )}
          {account.kind && <span class="card-kind">{t(lang, `kind.${account.kind}`)}</span>}
        </div>
        <span class={`badge badge-${status}`}>{statusName}</span>
      </header>
      {worst && (
        <p class={`card-alert sev-text-${worst.severity}`}>
          {t(lang, 'card.worst', { severity: t(lang, `severity.${worst.severity}`), rule: t(lang, `rule.${worst.rule}`) })}
        </p>
      )}
      {showPageText && <p class="card-pagetext">{fillNodes(t(lang, 'card.pageSaid'), { text: <Name text={latest.statusText} /> })}</p>}
      {amounts.some(([, v]) => v !== undefined) ? (
        <dl class="card-amounts">
          {amounts.map(([key, value]) => (
            <div key={key} class="amount">
              <dt>{t(lang, key)}</dt>
              <dd>{value === undefined ? '—' : formatAmount(lang, value)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        // Earlier views may have had amounts (a frozen line often shows none): "yet" only for the first.
        <p class="card-muted">{t(lang, observationCount > 1 ? 'card.noValuesLatest' : 'card.noValues')}</p>
      )}
      {utilization !== undefined && <UtilizationBar ratio={utilization} />}
      {(rates.length > 0 || latest?.increaseAvailable !== undefined) && (
        <p class="card-rates">
          {rates.join(' · ')}
          {latest?.increaseAvailable !== undefined && (
            <span class={latest.increaseAvailable ? 'tag tag-ok' : 'tag tag-warn'}>
              {t(lang, latest.increaseAvailable ? 'card.increaseOffered' : 'card.increaseClosed')}
            </span>
          )}
        </p>
      )}
      <footer class="card-foot">
        {seen && (
          <time dateTime={seen} title={formatDateTime(lang, seen)}>
            {t(lang, 'card.lastSeen', { when: formatRelative(lang, seen, now) })}
          </time>
        )}
        <span>{observationCount === 1 ? t(lang, 'card.observation') : t(lang, 'card.observations', { n: observationCount })}</span>
      </footer>
    </article>
  );
}

function UtilizationBar({ ratio }: { ratio: number }) {
  const lang = useLang();
  const clamped = Math.min(1, Math.max(0, ratio));
  const level = clamped >= 0.9 ? 'high' : clamped >= 0.7 ? 'mid' : 'low';
  const percent = formatUtilization(lang, clamped);
  return (
    <div class="util">
      <div
        class="util-track"
        role="meter"
        aria-label={t(lang, 'card.utilizationLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped * 100)}
        aria-valuetext={percent}
      >
        <div class={`util-fill util-${level}`} style={{ width: `${clamped * 100}%` }} />
      </div>
      <span class="util-text">{t(lang, 'card.utilization', { percent })}</span>
    </div>
  );
}

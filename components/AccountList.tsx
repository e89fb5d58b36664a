import type { ComponentChildren } from 'preact';
import { t, type Lang } from '../utils/i18n';
import type { AccountSummary } from '../utils/messaging/protocol';
import type { AlertRecord } from '../utils/model/alert-record';
import { AccountCard } from './AccountCard';

export interface AccountListProps {
  lang: Lang;
  accounts: readonly AccountSummary[];
  /** Most severe first: the first alert naming an account is that account's worst. */
  alerts?: readonly AlertRecord[];
  now: number;
  /** A control shown next to the heading (the manual-entry toggle). */
  action?: ComponentChildren;
}

const severity = { closed: 0, frozen: 1, limited: 2, unknown: 3, normal: 4 } as const;

/** Troubled accounts first (closed, frozen, limited), then the most recently seen. */
export function AccountList({ lang, accounts, alerts = [], now, action }: AccountListProps) {
  const worst = new Map<string, AlertRecord>();
  for (const a of alerts) if (a.accountId !== undefined && !worst.has(a.accountId)) worst.set(a.accountId, a);
  const sorted = [...accounts].sort(
    (a, b) =>
      severity[a.latest?.status ?? 'unknown'] - severity[b.latest?.status ?? 'unknown'] ||
      (b.lastSeenAt ?? '').localeCompare(a.lastSeenAt ?? ''),
  );
  return (
    <section class="accounts" aria-labelledby="accounts-title">
      <div class="section-head">
        <h2 id="accounts-title" class="section-title">{t(lang, 'list.title', { n: accounts.length })}</h2>
        {action}
      </div>
      <ul class="account-list">
        {sorted.map((s) => (
          <li key={s.account.id}>
            <AccountCard lang={lang} summary={s} now={now} worst={worst.get(s.account.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

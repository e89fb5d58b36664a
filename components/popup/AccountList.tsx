import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { AccountSummary } from '../../utils/messaging/protocol';
import type { AlertRecord } from '../../utils/model/alert-record';
import { AccountCard } from './AccountCard';
import { useLang } from '../shared/lang-context';

export interface AccountListProps {
  accounts: readonly AccountSummary[];
  /** Most severe first: the first alert naming an account is that account's worst. */
  alerts?: readonly AlertRecord[];
  now: number;
  /** A control shown next to the heading (the manual-entry toggle). */
  action?: ComponentChildren;
}

const severity = { closed: 0, frozen: 1, limited: 2, unknown: 3, normal: 4 } as const;
const alertRank = { critical: 0, warning: 1, info: 2 } as const;

/** How many account cards the popup opens with; the rest wait behind "show all". */
export const ACCOUNTS_SHOWN = 8;

/**
 * Troubled accounts first (closed, frozen, limited), then those with the worst alerts, then the most
 * recently seen. A long list opens with the first few (quick to open, and the ones that matter).
 */
export function AccountList({ accounts, alerts = [], now, action }: AccountListProps) {
  const lang = useLang();
  const [showAll, setShowAll] = useState(false);
  const worst = new Map<string, AlertRecord>();
  for (const a of alerts) if (a.accountId !== undefined && !worst.has(a.accountId)) worst.set(a.accountId, a);
  const rank = (s: AccountSummary) => alertRank[worst.get(s.account.id)?.severity ?? 'info'] + (worst.has(s.account.id) ? 0 : 1);
  const sorted = [...accounts].sort(
    (a, b) =>
      severity[a.latest?.status ?? 'unknown'] - severity[b.latest?.status ?? 'unknown'] ||
      rank(a) - rank(b) ||
      (b.lastSeenAt ?? '').localeCompare(a.lastSeenAt ?? ''),
  );
  const hidden = sorted.length - ACCOUNTS_SHOWN;
  const shown = showAll || hidden <= 0 ? sorted : sorted.slice(0, ACCOUNTS_SHOWN);
  return (
    <section class="accounts" aria-labelledby="accounts-title">
      <div class="section-head">
        <h2 id="accounts-title" class="section-title">
          {t(lang, 'list.title', { n: accounts.length })}
        </h2>
        {action}
      </div>
      <ul class="account-list">
        {shown.map((s) => (
          <li key={s.account.id}>
            <AccountCard summary={s} now={now} worst={worst.get(s.account.id)} />
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="link" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
          {t(lang, showAll ? 'list.showFewer' : 'list.showAll', { n: accounts.length, hidden })}
        </button>
      )}
    </section>
  );
}

// The accounts, each with its status and latest limits: choosing one shows its history.
import { formatAmount } from '../../utils/format';
import { t } from '../../utils/i18n';
import { td } from '../../utils/i18n/dashboard';
import type { AccountSummary } from '../../utils/messaging/protocol';
import { useLang } from '../shared/lang-context';
import { Name } from '../shared/Bidi';

export const accountName = (s: AccountSummary): string => [s.account.lender, s.account.product].filter(Boolean).join(' ');

export interface AccountNavProps {
  accounts: readonly AccountSummary[];
  selected?: string;
  onSelect: (accountId: string) => void;
}

export function AccountNav({ accounts, selected, onSelect }: AccountNavProps) {
  const lang = useLang();
  return (
    <nav class="accounts" aria-labelledby="accounts-title">
      <h2 id="accounts-title">{td(lang, 'dash.accounts')}</h2>
      <ul>
        {accounts.map((s) => {
          const status = s.latest?.status ?? 'unknown';
          return (
            <li key={s.account.id} class={s.account.id === selected ? 'current' : undefined}>
              <button
                type="button"
                class="account"
                aria-current={s.account.id === selected ? 'true' : undefined}
                onClick={() => onSelect(s.account.id)}
              >
                <span class="account-name">
                  <Name text={accountName(s)} />
                </span>
                <span class={`badge badge-${status}`}>{t(lang, `status.${status}`)}</span>
                <span class="account-values">
                  {s.latest?.totalLimit !== undefined && `${td(lang, 'dash.series.total')} ${formatAmount(lang, s.latest.totalLimit)}`}
                  {s.latest?.availableLimit !== undefined &&
                    ` · ${td(lang, 'dash.series.available')} ${formatAmount(lang, s.latest.availableLimit)}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

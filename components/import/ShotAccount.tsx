// Which account a screenshot's values go to: the one the screen named, an existing one, or a new one
// (lender, product, kind). Account names are shown as stored.
import { ti } from '../../utils/i18n/import';
import { t } from '../../utils/i18n';
import { ACCOUNT_KINDS, type Account, type AccountKind } from '../../utils/model/types';
import { useLang } from '../shared/lang-context';
import type { DraftEntry } from './shot-draft';

const nameOf = (a: { lender: string; product?: string }) => (a.product ? `${a.lender} · ${a.product}` : a.lender);

export function ShotAccount({
  id,
  entry,
  accounts,
  onChange,
}: {
  id: string;
  entry: DraftEntry;
  accounts: readonly Account[];
  onChange(entry: DraftEntry): void;
}) {
  const lang = useLang();
  const { account, named } = entry;
  const value = account.mode === 'named' ? 'named' : account.mode === 'new' ? 'new' : `id:${account.accountId}`;
  const choose = (v: string) =>
    onChange({
      ...entry,
      account:
        v === 'named'
          ? { mode: 'named' }
          : v === 'new'
            ? { mode: 'new', lender: named?.lender ?? '', product: named?.product ?? '', kind: named?.kind ?? '' }
            : { mode: 'existing', accountId: v.slice(3) },
    });
  const known = named?.accountId ? accounts.find((a) => a.id === named.accountId) : undefined;
  return (
    <div class="shot-account">
      <label class="field" for={id}>
        <span>{ti(lang, 'import.shot.account')}</span>
        <select id={id} class="shot-account-choice" value={value} onChange={(e) => choose(e.currentTarget.value)}>
          {named && <option value="named">{ti(lang, 'import.shot.fromScreen', { name: nameOf(known ?? named) })}</option>}
          {!named && <option value="id:">{ti(lang, 'import.shot.pick')}</option>}
          {accounts
            .filter((a) => a.id !== named?.accountId)
            .map((a) => (
              <option key={a.id} value={`id:${a.id}`}>
                {nameOf(a)}
              </option>
            ))}
          <option value="new">{ti(lang, 'import.shot.new')}</option>
        </select>
      </label>
      {account.mode === 'new' && (
        <div class="shot-new-account">
          <label class="field">
            <span>{ti(lang, 'import.shot.lender')}</span>
            <input
              class="shot-lender"
              value={account.lender}
              maxLength={80}
              onInput={(e) => onChange({ ...entry, account: { ...account, lender: e.currentTarget.value } })}
            />
          </label>
          <label class="field">
            <span>{ti(lang, 'import.shot.product')}</span>
            <input
              value={account.product}
              maxLength={80}
              onInput={(e) => onChange({ ...entry, account: { ...account, product: e.currentTarget.value } })}
            />
          </label>
          <label class="field">
            <span>{ti(lang, 'import.shot.kind')}</span>
            <select
              value={account.kind}
              onChange={(e) => onChange({ ...entry, account: { ...account, kind: e.currentTarget.value as AccountKind | '' } })}
            >
              <option value="">{ti(lang, 'import.shot.kind.none')}</option>
              {ACCOUNT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(lang, `kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  );
}

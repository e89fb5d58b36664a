// The chosen account's corrections on the dashboard, folded away until asked for: its name as the
// person calls it, and merging another id that is the same account into it.
import { td } from '../../utils/i18n/dashboard';
import type { AccountSummary } from '../../utils/messaging/protocol';
import type { Send } from '../../utils/ui/api';
import { useLang } from '../shared/lang-context';
import { MergeAccountsForm } from './MergeAccountsForm';
import { RenameAccountForm } from './RenameAccountForm';

export interface AccountCorrectionsProps {
  send: Send;
  summary: AccountSummary;
  accounts: readonly AccountSummary[];
  /** After a rename or a merge: the page reads everything again. */
  changed: () => void;
}

export function AccountCorrections({ send, summary, accounts, changed }: AccountCorrectionsProps) {
  const lang = useLang();
  return (
    <details class="account-corrections">
      <summary>{td(lang, 'dash.correct')}</summary>
      <RenameAccountForm key={summary.account.id} send={send} account={summary.account} onRenamed={changed} />
      <MergeAccountsForm key={`merge-${summary.account.id}`} send={send} into={summary.account} accounts={accounts} onMerged={changed} />
    </details>
  );
}

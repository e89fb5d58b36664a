import { useEffect, useState } from 'preact/hooks';
import { failureText } from '../../utils/i18n';
import { tc } from '../../utils/i18n/corrections';
import type { Failure } from '../../utils/messaging/protocol';
import type { Account } from '../../utils/model/types';
import type { Send } from '../../utils/ui/api';
import { useLang } from '../shared/lang-context';
import './corrections.css';

/** The history format's cap on names (model/history-schema.ts MAX_TEXT; that module brings zod). */
export const MAX_NAME = 200;

export interface RenameAccountFormProps {
  send: Send;
  account: Account;
  /** The account as stored after the rename. */
  onRenamed?: (account: Account) => void;
}

/** The person's own names for an account; later captures of its page keep them. */
export function RenameAccountForm({ send, account, onRenamed }: RenameAccountFormProps) {
  const lang = useLang();
  const [lender, setLender] = useState(account.lender);
  const [product, setProduct] = useState(account.product ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const [problem, setProblem] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    setLender(account.lender);
    setProduct(account.product ?? '');
  }, [account.id, account.lender, account.product]);

  const base = `rename-${account.id.replace(/[^a-z0-9]/gi, '-')}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setSaved(false);
    setFailure(undefined);
    if (!lender.trim()) return setProblem(true);
    setProblem(false);
    setBusy(true);
    const reply = await send({ type: 'ui:rename-account', accountId: account.id, lender: lender.trim(), product: product.trim() });
    setBusy(false);
    if (!reply.ok) return setFailure(reply);
    setSaved(true);
    onRenamed?.(reply.account);
  };

  return (
    <form class="correction-form rename-form" aria-labelledby={`${base}-title`} onSubmit={(e) => void submit(e)}>
      <h3 id={`${base}-title`} class="correction-title">
        {tc(lang, 'corrections.rename.title')}
      </h3>
      <label for={`${base}-lender`}>{tc(lang, 'corrections.rename.lender')}</label>
      <input
        id={`${base}-lender`}
        type="text"
        value={lender}
        maxLength={MAX_NAME}
        required
        aria-invalid={problem}
        aria-describedby={problem ? `${base}-problem` : undefined}
        onInput={(e) => setLender(e.currentTarget.value)}
      />
      {problem && (
        <span id={`${base}-problem`} class="correction-error" role="alert">
          {tc(lang, 'corrections.rename.empty')}
        </span>
      )}
      <label for={`${base}-product`}>{tc(lang, 'corrections.rename.product')}</label>
      <input id={`${base}-product`} type="text" value={product} maxLength={MAX_NAME} onInput={(e) => setProduct(e.currentTarget.value)} />
      <div class="correction-actions">
        {/* Saving the names as they are also keeps them over later captures. Never disabled, so focus
            stays on it while the background answers. */}
        <button type="submit" class="correction-button" aria-disabled={busy}>
          {busy ? tc(lang, 'corrections.rename.saving') : tc(lang, 'corrections.rename.save')}
        </button>
      </div>
      {failure && (
        <p class="correction-error" role="alert">
          {failureText(lang, failure)}
        </p>
      )}
      {saved && (
        <p class="correction-ok" role="status">
          {tc(lang, 'corrections.rename.saved')}
        </p>
      )}
    </form>
  );
}

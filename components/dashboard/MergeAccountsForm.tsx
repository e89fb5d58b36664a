import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { failureText } from '../../utils/i18n';
import { tc } from '../../utils/i18n/corrections';
import type { Failure, Replies } from '../../utils/messaging/protocol';
import type { Account } from '../../utils/model/types';
import type { Send } from '../../utils/ui/api';
import { useLang } from '../shared/lang-context';
import './corrections.css';
import { isolated } from '../shared/Bidi';

export type MergeResult = Extract<Replies['ui:merge-accounts'], { ok: true }>['moved'];

export interface MergeAccountsFormProps {
  send: Send;
  /** The account that stays. */
  into: Account;
  /** Every account (the dashboard's summaries fit); `into` itself is left out of the choice. */
  accounts: readonly { account: Account; observationCount?: number }[];
  /** After the merge: the other account is gone (the page reloads what it shows). */
  onMerged?: (from: string, moved: MergeResult) => void;
}

// Isolated (FSI…PDI): these names go into sentences and <option>s, where <bdi> cannot.
const nameOf = (a: Account): string =>
  [a.lender, a.product]
    .filter((n): n is string => !!n)
    .map(isolated)
    .join(' · ');

/**
 * Two ids that are one account (the same card read from two pages): the person picks the other
 * one, then confirms a sentence that says what moves and that it cannot be undone. Focus goes to
 * Cancel on the confirmation (the safe choice), and back to the list when cancelled.
 */
export function MergeAccountsForm({ send, into, accounts, onMerged }: MergeAccountsFormProps) {
  const lang = useLang();
  const others = accounts.filter((a) => a.account.id !== into.id);
  const [from, setFrom] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const [done, setDone] = useState<MergeResult>();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const base = `merge-${into.id.replace(/[^a-z0-9]/gi, '-')}`;

  useLayoutEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  // The confirmation with the focused button is gone after a merge: focus goes to what happened.
  useLayoutEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const chosen = others.find((a) => a.account.id === from);
  const cancel = () => {
    setConfirming(false);
    // After the confirmation is gone, focus returns to where the person chose.
    setTimeout(() => selectRef.current?.focus(), 0);
  };
  const merge = async () => {
    if (!chosen || busy) return;
    setBusy(true);
    setFailure(undefined);
    const reply = await send({ type: 'ui:merge-accounts', from: chosen.account.id, into: into.id });
    setBusy(false);
    if (!reply.ok) return setFailure(reply);
    setConfirming(false);
    setFrom('');
    setDone(reply.moved);
    onMerged?.(chosen.account.id, reply.moved);
  };

  return (
    <section class="correction-form merge-form" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} class="correction-title">
        {tc(lang, 'corrections.merge.title')}
      </h3>
      <p class="correction-note">{tc(lang, 'corrections.merge.intro', { into: nameOf(into) })}</p>
      {others.length === 0 ? (
        <p class="correction-note">{tc(lang, 'corrections.merge.none')}</p>
      ) : (
        <>
          <label for={`${base}-from`}>{tc(lang, 'corrections.merge.choose')}</label>
          <select
            id={`${base}-from`}
            ref={selectRef}
            value={from}
            disabled={confirming || busy}
            onChange={(e) => {
              setFrom(e.currentTarget.value);
              setDone(undefined);
            }}
          >
            <option value="">{tc(lang, 'corrections.merge.pick')}</option>
            {others.map(({ account }) => (
              <option key={account.id} value={account.id}>
                {`${nameOf(account)} (${account.id})`}
              </option>
            ))}
          </select>
          {!confirming && (
            <div class="correction-actions">
              <button type="button" class="correction-button" disabled={!chosen} onClick={() => setConfirming(true)}>
                {tc(lang, 'corrections.merge.next')}
              </button>
            </div>
          )}
        </>
      )}
      {confirming && chosen && (
        <div class="merge-confirm" role="group" aria-labelledby={`${base}-confirm`}>
          <p id={`${base}-confirm`} class="merge-warning">
            {chosen.observationCount === undefined
              ? tc(lang, 'corrections.merge.confirmUnknown', { from: nameOf(chosen.account), into: nameOf(into) })
              : tc(lang, 'corrections.merge.confirm', {
                  from: nameOf(chosen.account),
                  into: nameOf(into),
                  observations: chosen.observationCount,
                })}
          </p>
          <div class="correction-actions">
            <button type="button" class="correction-button danger" aria-disabled={busy} onClick={() => void merge()}>
              {busy ? tc(lang, 'corrections.merge.merging') : tc(lang, 'corrections.merge.do')}
            </button>
            <button ref={cancelRef} type="button" class="correction-button" aria-disabled={busy} onClick={() => busy || cancel()}>
              {tc(lang, 'corrections.merge.cancel')}
            </button>
          </div>
        </div>
      )}
      {failure && (
        <p class="correction-error" role="alert">
          {failureText(lang, failure)}
        </p>
      )}
      {done && (
        <p ref={doneRef} class="correction-ok" role="status" tabIndex={-1}>
          {tc(lang, 'corrections.merge.done', { observations: done.observations, events: done.events })}
          {done.shifted > 0 && ` ${tc(lang, 'corrections.merge.shifted', { count: done.shifted })}`}
        </p>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { failureText } from '../../utils/i18n';
import { tc } from '../../utils/i18n/corrections';
import type { Failure } from '../../utils/messaging/protocol';
import type { Send } from '../../utils/ui/api';
import type { RemovalTarget, Removed } from './removal';
import { useLang } from '../shared/lang-context';
import './corrections.css';

export interface RemoveRowButtonProps {
  send: Send;
  target: RemovalTarget;
  /** What the row is, in words (account and date), for the button's accessible name. */
  label: string;
  /** After the background removed it: the row to hand to the UndoBar. */
  onRemoved: (removed: Removed) => void;
}

/** Removes one observation or event (a value read or typed wrong); the rules run again at once. */
export function RemoveRowButton({ send, target, label, onRemoved }: RemoveRowButtonProps) {
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure>();

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    const reply =
      target.kind === 'observation'
        ? await send({ type: 'ui:remove-observation', accountId: target.accountId, at: target.at }).then((r) =>
            r.ok ? { ok: true as const, removed: { observation: r.removed } } : r,
          )
        : await send({ type: 'ui:remove-event', key: target.key }).then((r) =>
            r.ok ? { ok: true as const, removed: { event: r.removed } } : r,
          );
    setBusy(false);
    if (!reply.ok) return setFailure(reply);
    onRemoved(reply.removed);
  };

  return (
    <span class="correction-remove">
      <button
        type="button"
        class="correction-button"
        aria-label={tc(lang, 'corrections.remove.label', { what: label })}
        aria-disabled={busy}
        onClick={() => void remove()}
      >
        {busy ? tc(lang, 'corrections.removing') : tc(lang, 'corrections.remove')}
      </button>
      {failure && (
        <span class="correction-error" role="alert">
          {failureText(lang, failure)}
        </span>
      )}
    </span>
  );
}

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { failureText } from '../../utils/i18n';
import { tc } from '../../utils/i18n/corrections';
import type { Failure } from '../../utils/messaging/protocol';
import type { Send } from '../../utils/ui/api';
import type { Removed } from './removal';
import { focusOrigin, returnFocus, type FocusOrigin } from './focus-return';
import { useLang } from '../shared/lang-context';
import './corrections.css';

export const UNDO_TIMEOUT_MS = 10_000;

export interface UndoBarProps {
  send: Send;
  /** The last removal; the page replaces it with the next one ("until the next action"). */
  removed: Removed | undefined;
  /** The row is back (the page reloads what it shows). */
  onUndone: (restored: Removed) => void;
  /** Time is up, or the person closed the bar (Escape or ×). */
  onClose: () => void;
  timeoutMs?: number;
}

/**
 * "已删除 1 条记录 · 撤销". The removed row's button is gone, so focus moves to Undo: a keyboard user
 * can take it back with one key. The bar closes after `timeoutMs`, but never while focus or the
 * pointer is on it (the time restarts when they leave), nor while it shows a failure. When it goes
 * after an undo, Escape or ×, focus goes back to the rows (focus-return.ts), not to the page's top.
 */
export function UndoBar({ send, removed, onUndone, onClose, timeoutMs = UNDO_TIMEOUT_MS }: UndoBarProps) {
  const lang = useLang();
  const undoRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const [held, setHeld] = useState(false);
  const origin = useRef<FocusOrigin>();

  // Before paint: focus must not fall to the page when the removed row's button disappears.
  useLayoutEffect(() => {
    setFailure(undefined);
    setBusy(false);
    if (!removed) return;
    origin.current = focusOrigin(document) ?? origin.current;
    undoRef.current?.focus();
  }, [removed]);

  const close = () => {
    onClose();
    returnFocus(document, origin.current, false);
  };

  useEffect(() => {
    if (!removed || held || busy || failure) return;
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [removed, held, busy, failure, timeoutMs, onClose]);

  if (!removed) return null;

  const undo = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    const reply = await send(
      'observation' in removed ? { type: 'ui:restore', observation: removed.observation } : { type: 'ui:restore', event: removed.event },
    );
    setBusy(false);
    if (!reply.ok) return setFailure(reply);
    onUndone(removed);
    returnFocus(document, origin.current, true);
  };

  return (
    <div
      class="undo-bar"
      role="status"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
    >
      <span class="undo-text">{tc(lang, 'corrections.removed')}</span>
      <span aria-hidden="true"> · </span>
      <button ref={undoRef} type="button" class="undo-button" aria-disabled={busy} onClick={() => void undo()}>
        {busy ? tc(lang, 'corrections.undoing') : tc(lang, 'corrections.undo')}
      </button>
      <button type="button" class="undo-close" aria-label={tc(lang, 'corrections.close')} onClick={close}>
        ×
      </button>
      {failure && (
        <span class="correction-error" role="alert">
          {failureText(lang, failure)}
        </span>
      )}
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import { to } from '../../utils/i18n/options';
import { useLang } from '../shared/lang-context';

export interface SaveActionsProps {
  saving: boolean;
  /** What the last save said: "saved", or what to fix. */
  note: string | undefined;
  /** The note tells of errors (shown as one). */
  failed: boolean;
  /** More buttons after Save (restore the defaults …). */
  children?: ComponentChildren;
}

/** A settings form's Save button, its other buttons and what the last save said. */
export function SaveActions({ saving, note, failed, children }: SaveActionsProps) {
  const lang = useLang();
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={saving}>
        {to(lang, saving ? 'options.saving' : 'options.save')}
      </button>
      {children}
      {note && (
        <p class={failed ? 'form-error' : 'ok'} role="status">
          {note}
        </p>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n';
import { tSeal } from '../../utils/i18n/seal';
import { PasswordField } from './PasswordField';

export interface PasswordPromptProps {
  lang: Lang;
  /** The sealed file's size, as the progress line shows it. */
  size: string;
  busy: boolean;
  onOpen: (password: string) => void;
  onCancel: () => void;
}

/** Asked when an imported file is sealed. The password stays in this form's state until it closes. */
export function PasswordPrompt({ lang, size, busy, onOpen, onCancel }: PasswordPromptProps) {
  const [password, setPassword] = useState('');
  return (
    <form
      class="confirm seal-prompt"
      aria-labelledby="seal-prompt-text"
      onSubmit={(e) => {
        e.preventDefault();
        if (password) onOpen(password);
      }}
    >
      <p id="seal-prompt-text">{tSeal(lang, 'seal.prompt', { size })}</p>
      <PasswordField
        lang={lang}
        id="seal-open-password"
        label="seal.password"
        autocomplete="current-password"
        autoFocus
        value={password}
        disabled={busy}
        onInput={setPassword}
      />
      <div class="actions">
        <button type="submit" disabled={busy || !password}>
          {tSeal(lang, busy ? 'seal.opening' : 'seal.open')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {tSeal(lang, 'seal.cancel')}
        </button>
      </div>
    </form>
  );
}

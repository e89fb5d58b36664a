import type { Lang } from '../../utils/i18n';
import { tSeal, type SealKey } from '../../utils/i18n/seal';

export interface PasswordFieldProps {
  lang: Lang;
  id: string;
  label: SealKey;
  /** `current-password` to open a sealed file, `new-password` to seal one. */
  autocomplete: 'current-password' | 'new-password';
  value: string;
  disabled: boolean;
  autoFocus?: boolean;
  describedBy?: string;
  onInput: (value: string) => void;
}

/** A labelled password input: a sealed backup's password, typed to seal or to open it. */
export function PasswordField({ lang, id, label, autocomplete, value, disabled, autoFocus, describedBy, onInput }: PasswordFieldProps) {
  return (
    <div class="field">
      <label for={id}>{tSeal(lang, label)}</label>
      <input
        id={id}
        type="password"
        autocomplete={autocomplete}
        autoFocus={autoFocus}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

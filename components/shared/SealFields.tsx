import type { Lang } from '../../utils/i18n';
import { tSeal } from '../../utils/i18n/seal';
import { PasswordField } from './PasswordField';

/** What the export needs to seal: the password twice. Held only in the page's state, never stored. */
export interface SealChoice {
  on: boolean;
  password: string;
  confirm: string;
}

export const MIN_PASSWORD_LENGTH = 8;
export const noSeal: SealChoice = { on: false, password: '', confirm: '' };

/** Why this choice cannot seal yet, as a message key; undefined when it can (or sealing is off). */
export function sealChoiceProblem(choice: SealChoice): 'seal.tooShort' | 'seal.mismatch' | undefined {
  if (!choice.on) return undefined;
  if ([...choice.password].length < MIN_PASSWORD_LENGTH) return 'seal.tooShort';
  return choice.password === choice.confirm ? undefined : 'seal.mismatch';
}

export interface SealFieldsProps {
  lang: Lang;
  choice: SealChoice;
  disabled: boolean;
  onChange: (choice: SealChoice) => void;
}

/** "Seal with a password" beside the export: a checkbox that opens a password field and its confirmation. */
export function SealFields({ lang, choice, disabled, onChange }: SealFieldsProps) {
  return (
    <div class="seal">
      <label class="seal-toggle">
        <input
          type="checkbox"
          checked={choice.on}
          disabled={disabled}
          onChange={(e) => onChange({ ...noSeal, on: e.currentTarget.checked })}
        />
        {tSeal(lang, 'seal.toggle')}
      </label>
      {choice.on && (
        <div class="grid grid2">
          <PasswordField
            lang={lang}
            id="seal-password"
            label="seal.password"
            autocomplete="new-password"
            value={choice.password}
            disabled={disabled}
            describedBy="seal-hint"
            onInput={(password) => onChange({ ...choice, password })}
          />
          <PasswordField
            lang={lang}
            id="seal-confirm"
            label="seal.confirm"
            autocomplete="new-password"
            value={choice.confirm}
            disabled={disabled}
            onInput={(confirm) => onChange({ ...choice, confirm })}
          />
          <p id="seal-hint" class="muted seal-hint">
            {tSeal(lang, 'seal.hint')}
          </p>
        </div>
      )}
    </div>
  );
}

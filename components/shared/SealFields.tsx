import type { Lang } from '../../utils/i18n';
import { tSeal } from '../../utils/i18n/seal';

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
          <div class="field">
            <label for="seal-password">{tSeal(lang, 'seal.password')}</label>
            <input
              id="seal-password"
              type="password"
              autocomplete="new-password"
              value={choice.password}
              disabled={disabled}
              aria-describedby="seal-hint"
              onInput={(e) => onChange({ ...choice, password: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="seal-confirm">{tSeal(lang, 'seal.confirm')}</label>
            <input
              id="seal-confirm"
              type="password"
              autocomplete="new-password"
              value={choice.confirm}
              disabled={disabled}
              onInput={(e) => onChange({ ...choice, confirm: e.currentTarget.value })}
            />
          </div>
          <p id="seal-hint" class="muted seal-hint">
            {tSeal(lang, 'seal.hint')}
          </p>
        </div>
      )}
    </div>
  );
}

// What the popup's two entry forms (ManualEntryForm, QuickLogForm) share: their state and save step,
// their text inputs, the account picker and the footer. Whatever was typed stays in `fields` on a
// validation error and on a refused save: nothing is thrown away until the background confirms it.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import type { Failure } from '../../utils/messaging/protocol';
import type { Account } from '../../utils/model/types';
import { isolated } from '../shared/Bidi';
import { ErrorBanner } from '../shared/ErrorBanner';
import { FormField } from '../shared/FormField';
import { useLang } from '../shared/lang-context';

type Errors = Partial<Record<string, MessageKey>>;
type Checked<T, E> = { ok: true; entry: T } | { ok: false; errors: E };

export function useEntryForm<F extends object, E extends Errors>(start: () => F) {
  const [fields, setFields] = useState<F>(start);
  const [errors, setErrors] = useState<E>({} as E);
  const [failure, setFailure] = useState<Failure>();
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<F>) => setFields((f) => ({ ...f, ...patch }));

  /** Shows the checked fields' errors, or sends the entry; the entry once the background took it. */
  async function save<T>(checked: Checked<T, E>, send: (entry: T) => Promise<Failure | undefined>): Promise<T | undefined> {
    setFailure(undefined);
    if (!checked.ok) return void setErrors(checked.errors);
    setErrors({} as E);
    setSaving(true);
    const refused = await send(checked.entry);
    setSaving(false);
    if (refused) return void setFailure(refused);
    return checked.entry;
  }

  return { fields, set, errors, setErrors, failure, setFailure, saving, save };
}

export interface TextInputProps {
  /** The form's id prefix (`me`, `ql`). */
  form: string;
  name: string;
  label: MessageKey;
  value: string;
  error?: MessageKey;
  placeholder?: MessageKey;
  /** An amount or a rate: the decimal keypad on phones. */
  numeric?: boolean;
  readOnly?: boolean;
  /** A <datalist> id to suggest from. */
  list?: string;
  onInput: (value: string) => void;
}

export function TextInput({ form, name, label, value, error, placeholder, numeric, readOnly, list, onInput }: TextInputProps) {
  const lang = useLang();
  return (
    <FormField form={form} name={name} label={label} error={error}>
      <input
        id={`${form}-${name}`}
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        list={list}
        autoComplete="off"
        value={value}
        readOnly={readOnly}
        placeholder={placeholder && t(lang, placeholder)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${form}-${name}-error` : undefined}
        onInput={(ev) => onInput(ev.currentTarget.value)}
      />
    </FormField>
  );
}

export interface AccountSelectProps {
  form: string;
  label: MessageKey;
  /** What '' stands for: a new account, or none. */
  noneLabel: MessageKey;
  accounts: readonly Account[];
  value: string;
  onPick: (accountId: string) => void;
}

/** The known accounts, each name isolated on its own (a name may hold bidi controls). */
export function AccountSelect({ form, label, noneLabel, accounts, value, onPick }: AccountSelectProps) {
  const lang = useLang();
  return (
    <FormField form={form} name="accountId" label={label}>
      <select id={`${form}-accountId`} value={value} onChange={(ev) => onPick(ev.currentTarget.value)}>
        <option value="">{t(lang, noneLabel)}</option>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.product ? `${isolated(a.lender)} · ${isolated(a.product)}` : isolated(a.lender)}
          </option>
        ))}
      </select>
    </FormField>
  );
}

export interface FormFooterProps {
  errors: Errors;
  failure: Failure | undefined;
  onDismissFailure: () => void;
  saving: boolean;
  saveLabel: MessageKey;
  onClose: () => void;
}

/** What is wrong (the form's own error, else "fix the marked fields"), the refusal, save and cancel. */
export function FormFooter({ errors, failure, onDismissFailure, saving, saveLabel, onClose }: FormFooterProps) {
  const lang = useLang();
  const note = errors.form ?? (Object.keys(errors).length > 0 ? 'manual.fixErrors' : undefined);
  return (
    <>
      {note && (
        <p class="form-error" role="alert">
          {t(lang, note)}
        </p>
      )}
      <ErrorBanner failure={failure} onDismiss={onDismissFailure} />
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t(lang, saving ? 'manual.saving' : saveLabel)}
        </button>
        <button type="button" onClick={onClose}>
          {t(lang, 'manual.cancel')}
        </button>
      </div>
    </>
  );
}

import type { JSX } from 'preact';
import { t, type MessageKey } from '../../utils/i18n';
import { useLang } from './lang-context';

export interface FormFieldProps {
  /** The form's id prefix (`me`, `ql`): the control inside has the id `<form>-<name>`. */
  form: string;
  name: string;
  label: MessageKey;
  error?: MessageKey;
  children: JSX.Element;
}

/** A labelled control with its error underneath (`<form>-<name>-error`, for aria-describedby). */
export function FormField({ form, name, label, error, children }: FormFieldProps) {
  const lang = useLang();
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={`${form}-${name}`}>{t(lang, label)}</label>
      {children}
      {error && (
        <p id={`${form}-${name}-error`} class="field-error">
          {t(lang, error)}
        </p>
      )}
    </div>
  );
}

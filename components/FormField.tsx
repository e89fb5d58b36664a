import type { JSX } from 'preact';
import { t, type Lang, type MessageKey } from '../utils/i18n';

export interface FormFieldProps {
  lang: Lang;
  /** The form's id prefix (`me`, `ql`): the control inside has the id `<form>-<name>`. */
  form: string;
  name: string;
  label: MessageKey;
  error?: MessageKey;
  children: JSX.Element;
}

/** A labelled control with its error underneath (`<form>-<name>-error`, for aria-describedby). */
export function FormField({ lang, form, name, label, error, children }: FormFieldProps) {
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={`${form}-${name}`}>{t(lang, label)}</label>
      {children}
      {error && <p id={`${form}-${name}-error`} class="field-error">{t(lang, error)}</p>}
    </div>
  );
}

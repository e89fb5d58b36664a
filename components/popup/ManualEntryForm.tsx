import { useState } from 'preact/hooks';
import { emptyManualEntry, validateManualEntry, type ManualEntryErrors, type ManualEntryFields } from '../../utils/forms/manual-entry';
import { t, type MessageKey } from '../../utils/i18n';
import type { Failure, ManualEntry } from '../../utils/messaging/protocol';
import { ACCOUNT_KINDS, STATUSES, type Account } from '../../utils/model/types';
import { ErrorBanner } from '../shared/ErrorBanner';
import { FormField } from '../shared/FormField';
import { useLang } from '../shared/lang-context';
import { isolated } from '../shared/Bidi';

export interface ManualEntryFormProps {
  accounts: readonly Account[];
  /** Resolves to a Failure when the background refused the entry; on success the parent closes the form. */
  onSave: (entry: ManualEntry) => Promise<Failure | undefined>;
  onClose: () => void;
  /** Starting values (previews and tests); normally empty. */
  initial?: Partial<ManualEntryFields>;
}

type TextField = 'lender' | 'product' | 'total' | 'available' | 'used' | 'dailyRate' | 'apr';

// Whatever was typed stays in `fields` on a validation error and on a failed save: nothing the
// person typed is thrown away until the background confirms the save.
export function ManualEntryForm({ accounts, onSave, onClose, initial }: ManualEntryFormProps) {
  const lang = useLang();
  const [fields, setFields] = useState<ManualEntryFields>({ ...emptyManualEntry, ...initial });
  const [errors, setErrors] = useState<ManualEntryErrors>({});
  const [failure, setFailure] = useState<Failure>();
  const [saving, setSaving] = useState(false);
  const existing = fields.accountId !== '';

  const set = (patch: Partial<ManualEntryFields>) => setFields((f) => ({ ...f, ...patch }));
  const pickAccount = (id: string) => {
    const a = accounts.find((x) => x.id === id);
    set({ accountId: a?.id ?? '', lender: a?.lender ?? '', product: a?.product ?? '', kind: a?.kind ?? '' });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = validateManualEntry(fields);
    setFailure(undefined);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    setSaving(true);
    const refused = await onSave(result.entry);
    setSaving(false);
    if (refused) setFailure(refused);
  };

  const input = (name: TextField, label: MessageKey, placeholder?: MessageKey, numeric = false) => (
    <FormField form="me" name={name} label={label} error={errors[name]}>
      <input
        id={`me-${name}`}
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        autoComplete="off"
        value={fields[name]}
        readOnly={existing && (name === 'lender' || name === 'product')}
        placeholder={placeholder && t(lang, placeholder)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `me-${name}-error` : undefined}
        onInput={(ev) => set({ [name]: ev.currentTarget.value })}
      />
    </FormField>
  );

  return (
    <form class="manual" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="manual-title">
      <h2 id="manual-title" class="section-title">
        {t(lang, 'manual.title')}
      </h2>
      <FormField form="me" name="accountId" label="manual.account">
        <select id="me-accountId" value={fields.accountId} onChange={(ev) => pickAccount(ev.currentTarget.value)}>
          <option value="">{t(lang, 'manual.newAccount')}</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.product ? `${isolated(a.lender)} · ${isolated(a.product)}` : isolated(a.lender)}
            </option>
          ))}
        </select>
      </FormField>
      <div class="grid2">
        {input('lender', 'manual.lender', 'manual.lenderPlaceholder')}
        {input('product', 'manual.product', 'manual.productPlaceholder')}
        <FormField form="me" name="kind" label="manual.kind">
          <select id="me-kind" value={fields.kind} disabled={existing} onChange={(ev) => set({ kind: ev.currentTarget.value })}>
            <option value="">{t(lang, 'manual.kindNone')}</option>
            {ACCOUNT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(lang, `kind.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField form="me" name="status" label="manual.status">
          <select id="me-status" value={fields.status} onChange={(ev) => set({ status: ev.currentTarget.value })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(lang, `status.${s}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <div class="grid3">
        {input('total', 'manual.total', 'manual.amountPlaceholder', true)}
        {input('available', 'manual.available', undefined, true)}
        {input('used', 'manual.used', undefined, true)}
      </div>
      <div class="grid2">
        {input('dailyRate', 'manual.dailyRate', 'manual.dailyRatePlaceholder', true)}
        {input('apr', 'manual.apr', 'manual.aprPlaceholder', true)}
      </div>
      {errors.form && (
        <p class="form-error" role="alert">
          {t(lang, errors.form)}
        </p>
      )}
      {Object.keys(errors).length > 0 && !errors.form && (
        <p class="form-error" role="alert">
          {t(lang, 'manual.fixErrors')}
        </p>
      )}
      <ErrorBanner failure={failure} onDismiss={() => setFailure(undefined)} />
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t(lang, saving ? 'manual.saving' : 'manual.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t(lang, 'manual.cancel')}
        </button>
      </div>
    </form>
  );
}

import { emptyManualEntry, validateManualEntry, type ManualEntryErrors, type ManualEntryFields } from '../../utils/forms/manual-entry';
import { t, type MessageKey } from '../../utils/i18n';
import type { Failure, ManualEntry } from '../../utils/messaging/protocol';
import { ACCOUNT_KINDS, STATUSES, type Account } from '../../utils/model/types';
import { FormField } from '../shared/FormField';
import { useLang } from '../shared/lang-context';
import { AccountSelect, FormFooter, TextInput, useEntryForm } from './entry-form';

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
  const form = useEntryForm<ManualEntryFields, ManualEntryErrors>(() => ({ ...emptyManualEntry, ...initial }));
  const { fields, set, errors } = form;
  const existing = fields.accountId !== '';

  const pickAccount = (id: string) => {
    const a = accounts.find((x) => x.id === id);
    set({ accountId: a?.id ?? '', lender: a?.lender ?? '', product: a?.product ?? '', kind: a?.kind ?? '' });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    await form.save(validateManualEntry(fields), onSave);
  };

  const input = (name: TextField, label: MessageKey, placeholder?: MessageKey, numeric = false) => (
    <TextInput
      form="me"
      name={name}
      label={label}
      value={fields[name]}
      error={errors[name]}
      placeholder={placeholder}
      numeric={numeric}
      readOnly={existing && (name === 'lender' || name === 'product')}
      onInput={(value) => set({ [name]: value })}
    />
  );

  return (
    <form class="manual" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="manual-title">
      <h2 id="manual-title" class="section-title">
        {t(lang, 'manual.title')}
      </h2>
      <AccountSelect
        form="me"
        label="manual.account"
        noneLabel="manual.newAccount"
        accounts={accounts}
        value={fields.accountId}
        onPick={pickAccount}
      />
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
      <FormFooter
        errors={errors}
        failure={form.failure}
        onDismissFailure={() => form.setFailure(undefined)}
        saving={form.saving}
        saveLabel="manual.save"
        onClose={onClose}
      />
    </form>
  );
}

import { useState } from 'preact/hooks';
import { useLang } from '../shared/lang-context';
import {
  describeLogged,
  emptyQuickLog,
  knownLenders,
  localDay,
  QUICK_KINDS,
  readDay,
  validateQuickLog,
  type QuickKind,
  type QuickLogErrors,
  type QuickLogFields,
} from '../../utils/forms/quick-log';
import { t, type MessageKey } from '../../utils/i18n';
import type { EventEntry, Replies } from '../../utils/messaging/protocol';
import { OUTCOMES, type Account, type Outcome } from '../../utils/model/types';
import { FormField } from '../shared/FormField';
import { AccountSelect, FormFooter, TextInput, useEntryForm } from './entry-form';

// Loaded only when the quick log is opened (see QuickLog.tsx): the popup's first paint does not
// carry a form most openings never show.
export interface QuickLogFormProps {
  accounts: readonly Account[];
  /** Epoch ms: today's local day is the default date and the latest one allowed. */
  now: number;
  onSave: (entry: EventEntry) => Promise<Replies['ui:add-event']>;
  initial?: Partial<QuickLogFields>;
  onSaved: (confirmation: string) => void;
  onClose: () => void;
}

// Whatever was typed stays in `fields` on a validation error and on a refused save.
export function QuickLogForm({ accounts, now, onSave, initial, onSaved, onClose }: QuickLogFormProps) {
  const lang = useLang();
  const [today] = useState(() => localDay(new Date(now)));
  const form = useEntryForm<QuickLogFields, QuickLogErrors>(() => ({ ...emptyQuickLog(today), ...initial }));
  const { fields, set, errors, setErrors } = form;
  const money = fields.kind !== 'application';
  const existing = fields.accountId !== '';

  const pickKind = (kind: QuickKind) => {
    set({ kind });
    setErrors({});
  };
  const pickAccount = (id: string) => {
    const a = accounts.find((x) => x.id === id);
    // Back to "new account" or "none": what was typed before stays, to edit.
    set(a ? { accountId: a.id, lender: a.lender, product: a.product ?? '' } : { accountId: '' });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    let added = 0;
    const entry = await form.save(validateQuickLog(fields, today), async (checked) => {
      const reply = await onSave(checked);
      if (!reply.ok) return reply;
      added = reply.added;
    });
    if (!entry) return;
    onSaved(added === 0 ? t(lang, 'quick.saved.duplicate') : describeLogged(lang, entry, readDay(fields.date) ?? today, today, accounts));
  };

  const text = (name: 'lender' | 'product' | 'amount', label: MessageKey, placeholder?: MessageKey) => (
    <TextInput
      form="ql"
      name={name}
      label={label}
      value={fields[name]}
      error={errors[name]}
      placeholder={placeholder}
      numeric={name === 'amount'}
      readOnly={name === 'lender' && existing}
      list={name === 'lender' ? 'ql-lenders' : undefined}
      onInput={(value) => set({ [name]: value })}
    />
  );
  const date = (
    <FormField form="ql" name="date" label="quick.date" error={errors.date}>
      <input
        id="ql-date"
        type="date"
        max={today}
        required
        value={fields.date}
        aria-invalid={errors.date ? true : undefined}
        aria-describedby={errors.date ? 'ql-date-error' : undefined}
        onInput={(ev) => set({ date: ev.currentTarget.value })}
      />
    </FormField>
  );

  return (
    <form id="quick-form" class="manual quick-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="quick-title">
      <div>
        <h2 id="quick-title" class="section-title">
          {t(lang, 'quick.title')}
        </h2>
        <p class="quick-why">{t(lang, 'quick.why')}</p>
      </div>
      <div class="seg" role="group" aria-label={t(lang, 'quick.kindLabel')}>
        {QUICK_KINDS.map((k) => (
          <button key={k} type="button" class="seg-btn" aria-pressed={fields.kind === k} onClick={() => pickKind(k)}>
            {t(lang, `quick.kind.${k}`)}
          </button>
        ))}
      </div>
      <AccountSelect
        form="ql"
        label={money ? 'quick.account' : 'quick.accountOptional'}
        noneLabel={money ? 'quick.newAccount' : 'quick.accountNone'}
        accounts={accounts}
        value={fields.accountId}
        onPick={pickAccount}
      />
      {money ? (
        <>
          {!existing && (
            <div class="grid2">
              {text('lender', 'manual.lender', 'quick.lenderPlaceholder')}
              {text('product', 'manual.product', 'quick.productPlaceholder')}
            </div>
          )}
          <div class="grid2">
            {text('amount', 'quick.amount', 'quick.amountPlaceholder')}
            {date}
          </div>
          {fields.kind === 'repay' && (
            <label class="check">
              <input type="checkbox" id="ql-full" checked={fields.full} onChange={(ev) => set({ full: ev.currentTarget.checked })} />
              {t(lang, 'quick.full')}
            </label>
          )}
        </>
      ) : (
        <>
          {text('lender', 'manual.lender', 'quick.lenderPlaceholder')}
          <div class="grid2">
            <FormField form="ql" name="outcome" label="quick.outcome">
              <select id="ql-outcome" value={fields.outcome} onChange={(ev) => set({ outcome: ev.currentTarget.value as Outcome })}>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(lang, `quick.outcome.${o}`)}
                  </option>
                ))}
              </select>
            </FormField>
            {date}
          </div>
        </>
      )}
      <datalist id="ql-lenders">
        {knownLenders(accounts).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <FormFooter
        errors={errors}
        failure={form.failure}
        onDismissFailure={() => form.setFailure(undefined)}
        saving={form.saving}
        saveLabel="quick.save"
        onClose={onClose}
      />
    </form>
  );
}

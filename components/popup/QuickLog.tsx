import { useEffect, useState } from 'preact/hooks';
import type { QuickLogFields } from '../../utils/forms/quick-log';
import { t } from '../../utils/i18n';
import type { EventEntry, Replies } from '../../utils/messaging/protocol';
import type { Account } from '../../utils/model/types';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useLang } from '../shared/lang-context';

type FormModule = typeof import('./QuickLogForm');

// The form is a separate chunk, fetched on the first opening (a local file: milliseconds), so the
// popup's first paint stays as small as it was. A failed load is forgotten, to be tried again.
let loading: Promise<FormModule> | undefined;
const loadForm = () =>
  (loading ??= import('./QuickLogForm').catch((e: unknown) => {
    loading = undefined;
    throw e;
  }));

export interface QuickLogProps {
  accounts: readonly Account[];
  /** Epoch ms: the form's default date is this local day, and no later day is allowed. */
  now: number;
  /** Sends `ui:add-event` (and refreshes the dashboard after a save). */
  onSave: (entry: EventEntry) => Promise<Replies['ui:add-event']>;
  /** Starting state (previews and tests); normally collapsed and empty. */
  initiallyOpen?: boolean;
  initial?: Partial<QuickLogFields>;
}

/** Collapsed to one button, so the popup's first screen stays the dashboard. */
export function QuickLog({ accounts, now, onSave, initiallyOpen = false, initial }: QuickLogProps) {
  const lang = useLang();
  const [open, setOpen] = useState(initiallyOpen);
  const [saved, setSaved] = useState<string>();
  const [Form, setForm] = useState<FormModule['QuickLogForm']>();
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    if (!open || Form) return;
    let live = true;
    setLoadFailed(false);
    loadForm().then(
      (m) => live && setForm(() => m.QuickLogForm),
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, Form]);

  const toggle = () => {
    setSaved(undefined);
    setOpen((o) => !o);
  };
  return (
    <section class="quick" aria-label={t(lang, 'quick.title')}>
      <div class="quick-head">
        <button type="button" class="small" aria-expanded={open} aria-controls="quick-form" onClick={toggle}>
          {open ? t(lang, 'quick.close') : `+ ${t(lang, 'quick.toggle')}`}
        </button>
        {!open && <span class="quick-hint">{t(lang, 'quick.hint')}</span>}
      </div>
      {saved && (
        <p class="ok" role="status">
          {saved}
        </p>
      )}
      {open && loadFailed && <ErrorBanner failure={{ code: 'internal' }} />}
      {open && Form && (
        <Form
          accounts={accounts}
          now={now}
          onSave={onSave}
          initial={initial}
          onSaved={(text) => {
            setOpen(false);
            setSaved(text);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}

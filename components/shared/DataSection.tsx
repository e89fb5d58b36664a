import { useState } from 'preact/hooks';
import { exportFileName } from '../../utils/format';
import { looksSealed, MAX_SEALED_BYTES, open, seal } from '../../utils/history-seal';
import { t, type Lang } from '../../utils/i18n';
import { tSeal, type SealKey } from '../../utils/i18n/seal';
import type { Failure } from '../../utils/messaging/protocol';
import type { Send } from '../../utils/ui/api';
import { fileTooLarge, MAX_IMPORT_BYTES } from '../../utils/storage/limits';
import { ErrorBanner } from './ErrorBanner';
import { useLang } from './lang-context';
import { PasswordPrompt } from './PasswordPrompt';
import { noSeal, SealFields, sealChoiceProblem } from './SealFields';

export interface DataSectionProps {
  send: Send;
  /** Whether there is anything to export or delete. */
  hasData: boolean;
  /** Called after an import or a delete changed the stored data. */
  onChanged: () => void;
  now?: () => Date;
}

// The background validates imports (all-or-nothing); the popup only reads the file as text.
export function DataSection({ send, hasData, onChanged, now = () => new Date() }: DataSectionProps) {
  const lang = useLang();
  const [failure, setFailure] = useState<Pick<Failure, 'code' | 'path' | 'expected'>>();
  const [note, setNote] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // What a running import is doing: a large file takes seconds to read, check and store.
  const [importing, setImporting] = useState<{ stage: 'reading' | 'storing'; size: string }>();
  // Sealed files (history-format.md → "Encrypted file"): the passwords live only in this state.
  const [sealChoice, setSealChoice] = useState(noSeal);
  const [sealed, setSealed] = useState<{ text: string; size: string }>();
  const [sealError, setSealError] = useState<SealKey>();

  const run = async (work: () => Promise<void>) => {
    setFailure(undefined);
    setNote(undefined);
    setSealError(undefined);
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const exportHistory = () =>
    run(async () => {
      const problem = sealChoiceProblem(sealChoice);
      if (problem) return setSealError(problem);
      const reply = await send({ type: 'ui:export' });
      if (!reply.ok) return setFailure(reply);
      const plain = JSON.stringify(reply.file, null, 2);
      if (!sealChoice.on) {
        const name = exportFileName(now());
        download(plain, name);
        return setNote(t(lang, 'data.exported', { file: name }));
      }
      const name = exportFileName(now()).replace(/\.json$/, '.sealed.json');
      download(await seal(plain, sealChoice.password), name);
      setSealChoice(noSeal);
      setNote(tSeal(lang, 'seal.exported', { file: name }));
    });

  const importHistory = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      input.value = ''; // choosing the same file again must fire `change` again
      if (!file) return;
      // Said before reading: a file over the cap would otherwise be read whole and sent, to be refused
      // by the message size check with words about the extension instead of the file.
      if (fileTooLarge(file, MAX_IMPORT_BYTES) && !(await sealedWithinCap(file))) return setFailure({ code: 'too-large' });
      const size = formatFileSize(lang, file.size);
      let text: string;
      try {
        setImporting({ stage: 'reading', size });
        text = await file.text();
      } catch {
        setImporting(undefined);
        return setNote(t(lang, 'data.unreadable'));
      }
      if (!looksSealed(text)) return store(text, size);
      setImporting(undefined);
      setSealed({ text, size });
    });

  // Opened here, in the page: only the plain text travels to the background, as for a plain file.
  const openSealed = (password: string) =>
    run(async () => {
      if (!sealed) return;
      const opened = await open(sealed.text, password);
      if (!opened.ok) return setSealError(`seal.problem.${opened.problem}`);
      setSealed(undefined);
      if (opened.bytes > MAX_IMPORT_BYTES) return setFailure({ code: 'too-large' });
      await store(opened.text, sealed.size);
    });

  const store = async (text: string, size: string) => {
    setImporting({ stage: 'storing', size });
    const reply = await send({ type: 'ui:import', text }).finally(() => setImporting(undefined));
    if (!reply.ok) return setFailure(reply);
    const { accounts, observations, events } = reply.added;
    setNote(
      accounts + observations + events === 0
        ? t(lang, 'data.importNothingNew')
        : t(lang, 'data.imported', { accounts, observations, events }),
    );
    onChanged();
  };

  const deleteAll = () =>
    run(async () => {
      setConfirming(false);
      const reply = await send({ type: 'ui:delete-all' });
      if (!reply.ok) return setFailure(reply);
      setNote(t(lang, 'data.deleted'));
      onChanged();
    });

  return (
    <section class="data" aria-labelledby="data-title">
      <h2 id="data-title" class="section-title">
        {t(lang, 'data.title')}
      </h2>
      <p class="muted">{t(lang, 'data.note')}</p>
      <div class="actions">
        <button type="button" disabled={busy || !hasData} onClick={() => void exportHistory()}>
          {busy && sealChoice.on ? tSeal(lang, 'seal.sealing') : t(lang, 'data.export')}
        </button>
        <label class={busy ? 'button disabled' : 'button'}>
          {t(lang, busy ? 'data.importing' : 'data.import')}
          <input
            type="file"
            class="visually-hidden"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void importHistory(e.currentTarget)}
          />
        </label>
        {hasData && !confirming && (
          <button type="button" class="danger-link" disabled={busy} onClick={() => setConfirming(true)}>
            {t(lang, 'data.deleteAll')}
          </button>
        )}
      </div>
      {hasData && <SealFields lang={lang} choice={sealChoice} disabled={busy} onChange={setSealChoice} />}
      {sealed && (
        <PasswordPrompt
          lang={lang}
          size={sealed.size}
          busy={busy}
          onOpen={(password) => void openSealed(password)}
          onCancel={() => {
            setSealed(undefined);
            setSealError(undefined);
            setNote(tSeal(lang, 'seal.cancelled'));
          }}
        />
      )}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t(lang, 'data.deleteConfirm')}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void deleteAll()}>
              {t(lang, 'data.deleteYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t(lang, 'data.deleteNo')}
            </button>
          </div>
        </div>
      )}
      {importing && (
        <div class="import-progress" role="status">
          <progress aria-label={t(lang, 'data.importing')} />
          <span>
            {t(lang, importing.stage === 'reading' ? 'data.progress.reading' : 'data.progress.storing', { size: importing.size })}
          </span>
        </div>
      )}
      {note && (
        <p class="ok" role="status">
          {note}
        </p>
      )}
      {sealError && (
        <p class="banner banner-error" role="alert">
          {tSeal(lang, sealError)}
        </p>
      )}
      <ErrorBanner failure={failure} onDismiss={() => setFailure(undefined)} />
    </section>
  );
}

/** `12.3 MB` / `850 KB`: enough to tell why an import takes a while. */
function formatFileSize(lang: Lang, bytes: number): string {
  const mb = bytes / 1024 / 1024;
  const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 });
  return mb >= 1 ? `${n.format(mb)} MB` : `${n.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** Blob + object URL + <a download>: works in the popup without the `downloads` permission. */
function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; the popup's lifetime bounds the leak.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A sealed file is a third larger than the history inside (base64): one over the plain cap is still
 *  taken when its first bytes say it is sealed and it is within the sealed cap. */
async function sealedWithinCap(file: File): Promise<boolean> {
  return !fileTooLarge(file, MAX_SEALED_BYTES) && looksSealed(await file.slice(0, 256).text());
}

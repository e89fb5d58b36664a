import { useState } from 'preact/hooks';
import { to, type OptionsKey } from '../utils/i18n/options';
import type { Failure } from '../utils/messaging/protocol';
import type { PdfLines } from '../utils/report/pdf-lines';
import { readReport, type ReportRead } from '../utils/report/read';
import type { Send } from '../utils/ui/api';
import { ErrorBanner } from './ErrorBanner';
import { ReportPreview } from './ReportPreview';
import { useLang } from './lang-context';

/** The largest PDF read: reports are a few MB; a much bigger file is not one, or would take long. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export type ReadPdf = (bytes: Uint8Array, onPage: (done: number, total: number) => void) => Promise<PdfLines>;

/** pdf.js is loaded only now, by this import, as its own chunk (utils/report/pdf-browser.ts). */
const readInBrowser: ReadPdf = async (bytes, onPage) => {
  const [{ browserPdfLoader }, { pdfLines }] = await Promise.all([
    import('../utils/report/pdf-browser'),
    import('../utils/report/pdf-lines'),
  ]);
  return pdfLines(browserPdfLoader(), bytes, onPage);
};

export interface ReportImportProps {
  send: Send;
  onChanged?: () => void;
  maxBytes?: number;
  /** Tests pass Node's pdf.js here. */
  readPdf?: ReadPdf;
}

type Refusal = 'too-large' | 'not-pdf' | 'encrypted' | 'no-text' | 'not-a-report' | 'unreadable';
const REFUSAL: Record<Refusal, OptionsKey> = {
  'too-large': 'options.report.tooLarge',
  'not-pdf': 'options.report.notPdf',
  encrypted: 'options.report.encrypted',
  'no-text': 'options.report.noText',
  'not-a-report': 'options.report.notAReport',
  unreadable: 'options.report.unreadable',
};

// On the options page (a file picker closes the popup in some browsers). Nothing is stored before the
// person confirms the preview; the background stores the whole report in one transaction or nothing.
export function ReportImport({ send, onChanged, maxBytes = MAX_REPORT_BYTES, readPdf = readInBrowser }: ReportImportProps) {
  const lang = useLang();
  const [reading, setReading] = useState<{ done: number; total: number }>();
  const [refused, setRefused] = useState<Refusal>();
  const [preview, setPreview] = useState<{ fileName: string; read: ReportRead }>();
  const [storing, setStoring] = useState(false);
  const [failure, setFailure] = useState<Pick<Failure, 'code' | 'path' | 'expected'>>();
  const [note, setNote] = useState<string>();
  const busy = reading !== undefined || storing;

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire `change` again
    if (!file) return;
    setRefused(undefined);
    setPreview(undefined);
    setFailure(undefined);
    setNote(undefined);
    // The size is checked before a byte is read.
    if (file.size > maxBytes) return setRefused('too-large');
    setReading({ done: 0, total: 0 });
    try {
      const lines = await readPdf(new Uint8Array(await file.arrayBuffer()), (done, total) => setReading({ done, total }));
      if (!lines.ok) return setRefused(lines.problem === 'too-many-pages' ? 'not-a-report' : lines.problem);
      const read = readReport(lines.lines);
      if (!read.isReport) return setRefused('not-a-report');
      setPreview({ fileName: file.name, read });
    } catch {
      setRefused('unreadable');
    } finally {
      setReading(undefined);
    }
  };

  const store = async ({ read }: { read: ReportRead }) => {
    setFailure(undefined);
    setStoring(true);
    try {
      const at = read.reportedAt;
      const observations = read.observations.map((o) => (at ? { ...o, at } : o));
      const reply = await send({ type: 'ui:import-report', result: { adapter: 'pboc-credit-report', observations, events: read.events } });
      if (!reply.ok) return setFailure(reply);
      if (reply.added + reply.events > 0) onChanged?.();
      const words =
        reply.added + reply.events + reply.collapsed === 0
          ? [to(lang, 'options.report.nothing')]
          : [to(lang, 'options.report.imported', { added: reply.added, events: reply.events })];
      if (reply.collapsed > 0) words.push(to(lang, 'options.report.collapsed', { n: reply.collapsed }));
      setPreview(undefined);
      setNote(words.join(lang === 'zh' ? '' : ' '));
    } finally {
      setStoring(false);
    }
  };

  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  return (
    <section class="report-import" aria-labelledby="report-import-title">
      <h2 id="report-import-title" class="section-title">
        {to(lang, 'options.report.title')}
      </h2>
      <p class="muted">{to(lang, 'options.report.intro')}</p>
      <div class="actions">
        <label class={busy ? 'button disabled' : 'button'}>
          {to(lang, 'options.report.choose')}
          <input
            type="file"
            class="visually-hidden report-file"
            accept=".pdf,application/pdf"
            disabled={busy}
            onChange={(e) => void choose(e.currentTarget)}
          />
        </label>
      </div>
      {reading !== undefined && (
        <div class="report-progress" role="status">
          {reading.total > 0 ? (
            <progress max={reading.total} value={reading.done} aria-labelledby="report-reading" />
          ) : (
            <progress aria-labelledby="report-reading" />
          )}
          <span id="report-reading">
            {reading.total > 0 ? to(lang, 'options.report.reading', reading) : to(lang, 'options.report.opening')}
          </span>
        </div>
      )}
      {refused && (
        <p class="report-refused" role="alert">
          {to(lang, REFUSAL[refused], { size })}
        </p>
      )}
      {preview && <ReportPreview fileName={preview.fileName} read={preview.read} />}
      {preview && (
        <div class="actions">
          <button
            type="button"
            class="primary report-confirm"
            disabled={busy || preview.read.observations.length + preview.read.events.length === 0}
            onClick={() => void store(preview)}
          >
            {to(lang, 'options.report.confirm', { accounts: preview.read.observations.length, inquiries: preview.read.events.length })}
          </button>
          <button type="button" disabled={busy} onClick={() => setPreview(undefined)}>
            {to(lang, 'options.report.cancel')}
          </button>
        </div>
      )}
      {storing && (
        <div class="report-progress" role="status">
          <progress aria-labelledby="report-storing" />
          <span id="report-storing">{to(lang, 'options.report.storing')}</span>
        </div>
      )}
      {note && (
        <p class="ok report-result" role="status">
          {note}
        </p>
      )}
      <ErrorBanner failure={failure} onDismiss={() => setFailure(undefined)} />
    </section>
  );
}

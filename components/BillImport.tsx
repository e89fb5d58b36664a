import { useState } from 'preact/hooks';
import { parseBillChunked } from '../utils/bills/parse';
import { billHistory, billHistoryTexts, summarizeBill, type BillSummary } from '../utils/bills/to-history';
import type { BillParse } from '../utils/bills/types';
import { to } from '../utils/i18n/options';
import type { Failure } from '../utils/messaging/protocol';
import { fileTooLarge, MAX_BILL_BYTES, MAX_IMPORT_BYTES } from '../utils/storage/limits';
import type { Send } from '../utils/ui/api';
import { BillPreview } from './BillPreview';
import { ErrorBanner } from './ErrorBanner';
import { useLang } from './lang-context';

export interface BillImportProps {
  send: Send;
  /** Called after an import stored something. */
  onChanged?: () => void;
  now?: () => Date;
  /** The background's import cap (bytes of one `ui:import` text); tests make it small. */
  maxBytes?: number;
  /** How parsing gives the page a turn between chunks (see parseBillChunked). */
  yieldNow?: () => Promise<void>;
}

interface Preview {
  fileName: string;
  result: BillParse;
  summary: BillSummary;
}

/** A turn for the page between chunks: `scheduler.yield` where there is one (a timer is clamped to
 *  4 ms once nested, a quarter of a 2,000-row chunk's time), else a timer. */
function giveWay(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

type Refusal = 'empty' | 'not-a-bill' | 'unreadable' | 'too-large';
const REFUSAL = {
  empty: 'options.bills.empty',
  'not-a-bill': 'options.bills.notABill',
  unreadable: 'options.bills.unreadable',
  'too-large': 'options.bills.tooLarge',
} as const;

// Lives on the options page, not the popup: a file picker closes the popup in some browsers. Nothing
// is stored before the person confirms the preview; the background validates and dedupes the events.
export function BillImport({ send, onChanged, now = () => new Date(), maxBytes = MAX_IMPORT_BYTES, yieldNow = giveWay }: BillImportProps) {
  const lang = useLang();
  const [reading, setReading] = useState<number>();
  const [refused, setRefused] = useState<Refusal>();
  const [preview, setPreview] = useState<Preview>();
  const [storing, setStoring] = useState<{ done: number; total: number }>();
  const [failure, setFailure] = useState<Pick<Failure, 'code' | 'path' | 'expected'>>();
  const [note, setNote] = useState<string>();
  const busy = reading !== undefined || storing !== undefined;

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire `change` again
    if (!file) return;
    setRefused(undefined);
    setPreview(undefined);
    setFailure(undefined);
    setNote(undefined);
    if (fileTooLarge(file, MAX_BILL_BYTES)) return setRefused('too-large');
    setReading(0);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await parseBillChunked(bytes, {
        onProgress: (done, total) => setReading(total > 0 ? Math.floor((done / total) * 100) : 100),
        yieldNow,
      });
      if (!result.ok) return setRefused(result.code);
      setPreview({ fileName: file.name, result, summary: summarizeBill(result) });
    } catch {
      setRefused('unreadable');
    } finally {
      setReading(undefined);
    }
  };

  const store = async ({ result, summary }: Preview) => {
    setFailure(undefined);
    const texts = billHistoryTexts(billHistory(result, summary, now()), maxBytes);
    let added = 0;
    let accounts = 0;
    try {
      for (const [i, text] of texts.entries()) {
        setStoring({ done: i, total: texts.length });
        const reply = await send({ type: 'ui:import', text });
        // The preview stays for a retry; parts already stored are found again and not added twice.
        if (!reply.ok) return setFailure(reply);
        added += reply.added.events;
        accounts += reply.added.accounts;
      }
    } finally {
      setStoring(undefined);
      if (added + accounts > 0) onChanged?.();
    }
    const total = summary.events.length;
    const words =
      added === 0
        ? [to(lang, 'options.bills.nothingNew', { n: total })]
        : [to(lang, added === total ? 'options.bills.importedAll' : 'options.bills.imported', { added, existing: total - added })];
    if (accounts > 0) words.push(to(lang, 'options.bills.accountsAdded', { n: accounts }));
    setPreview(undefined);
    setNote(words.join(lang === 'zh' ? '' : ' '));
  };

  const count = preview?.summary.events.length ?? 0;
  return (
    <section class="bill-import" aria-labelledby="bill-import-title">
      <h2 id="bill-import-title" class="section-title">
        {to(lang, 'options.bills.title')}
      </h2>
      <p class="muted">{to(lang, 'options.bills.intro')}</p>
      <div class="actions">
        <label class={busy ? 'button disabled' : 'button'}>
          {to(lang, 'options.bills.choose')}
          <input
            type="file"
            class="visually-hidden"
            accept=".csv,text/csv"
            disabled={busy}
            onChange={(e) => void choose(e.currentTarget)}
          />
        </label>
      </div>
      {reading !== undefined && (
        <div class="bill-progress" role="status">
          <progress max={100} value={reading} aria-labelledby="bill-reading" />
          <span id="bill-reading">{to(lang, 'options.bills.reading', { percent: reading })}</span>
        </div>
      )}
      {refused && (
        <p class="bill-refused" role="alert">
          {to(lang, REFUSAL[refused], { mb: MAX_BILL_BYTES / 1024 / 1024 })}
          {lang === 'zh' ? '' : ' '}
          {to(lang, 'options.bills.formats')}
        </p>
      )}
      {preview && <BillPreview fileName={preview.fileName} summary={preview.summary} />}
      {preview && (
        <div class="actions">
          <button type="button" class="primary bill-confirm" disabled={busy || count === 0} onClick={() => void store(preview)}>
            {to(lang, count === 1 ? 'options.bills.confirmOne' : 'options.bills.confirm', { n: count })}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setPreview(undefined);
              setFailure(undefined);
            }}
          >
            {to(lang, 'options.bills.cancel')}
          </button>
        </div>
      )}
      {storing && (
        <div class="bill-progress" role="status">
          {storing.total > 1 ? (
            <progress max={storing.total} value={storing.done} aria-labelledby="bill-storing" />
          ) : (
            <progress aria-labelledby="bill-storing" />
          )}
          <span id="bill-storing">
            {storing.total > 1
              ? to(lang, 'options.bills.storingParts', { done: storing.done + 1, total: storing.total })
              : to(lang, 'options.bills.storing')}
          </span>
        </div>
      )}
      {note && (
        <p class="ok bill-result" role="status">
          {note}
        </p>
      )}
      <ErrorBanner failure={failure} onDismiss={() => setFailure(undefined)} />
      {failure && preview && <p class="muted">{to(lang, 'options.bills.retry')}</p>}
    </section>
  );
}

// The one import flow's markup (style.md practice 15): a file button (and drop, and paste when the
// flow owns the page), each file's progress with a button that stops the reading, the refusals in
// words, the reader's preview, confirm / cancel, the storing progress and the result.
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../utils/i18n';
import { ti } from '../../utils/i18n/import';
import type { Send } from '../../utils/ui/api';
import { ErrorBanner } from '../shared/ErrorBanner';
import { useLang } from '../shared/lang-context';
import type { Reader, ReadProgress } from './reader';
import { useImportFlow, type ImportFlow as Flow } from './useImportFlow';
import { usePageFiles } from './usePageFiles';
import './import.css';

export interface ImportFlowProps<R, C extends string> {
  reader: Reader<R, C>;
  send: Send;
  onChanged?: () => void;
  /** Paste (Ctrl+V) and drop anywhere on the page, not only onto this section (the dashboard). */
  catchPage?: boolean;
  /** Set to bring the section into view and its button into focus (the dashboard's `#import`). */
  focusOnMount?: boolean;
}

export function ImportFlow<R, C extends string>({
  reader,
  send,
  onChanged,
  catchPage = false,
  focusOnMount = false,
}: ImportFlowProps<R, C>) {
  const lang = useLang();
  const flow = useImportFlow(reader, { send, lang, onChanged });
  const section = useRef<HTMLElement>(null);
  const button = useRef<HTMLInputElement>(null);
  const dragging = usePageFiles(catchPage ? undefined : section, (files) => void flow.start(files), reader.takes, flow.busy);
  useEffect(() => {
    if (!focusOnMount) return;
    section.current?.scrollIntoView?.({ block: 'start' });
    button.current?.focus();
  }, [focusOnMount]);

  const { name } = reader;
  const sep = lang === 'zh' ? '：' : ': ';
  const fileWords = (file: string, words: string) => (reader.multiple ? `${file}${sep}${words}` : words);
  return (
    <section ref={section} class={`${name}-import import-flow${dragging ? ' dropping' : ''}`} aria-labelledby={`${name}-import-title`}>
      <h2 id={`${name}-import-title`} class="section-title">
        {reader.text.title(lang)}
      </h2>
      <p class="muted">{reader.text.intro(lang)}</p>
      <div class="actions">
        <label class={flow.busy ? 'button disabled' : 'button'}>
          {reader.text.choose(lang)}
          <input
            ref={button}
            type="file"
            class={`visually-hidden ${name}-file`}
            accept={reader.accept}
            multiple={reader.multiple}
            disabled={flow.busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const files = Array.from(input.files ?? []);
              input.value = ''; // choosing the same file again must fire `change` again
              void flow.start(files);
            }}
          />
        </label>
      </div>
      {flow.reading.length > 0 && <Reading flow={flow} reader={reader} lang={lang} fileWords={fileWords} />}
      {flow.cancelled && (
        <p class="muted import-cancelled" role="status">
          {ti(lang, 'import.cancelled')}
        </p>
      )}
      {flow.refused.map((r, i) => (
        <p key={i} class={`${name}-refused import-refused`} role="alert">
          {fileWords(r.name, reader.text.refusal(lang, r.code))}
        </p>
      ))}
      {flow.items.length > 0 && <reader.Preview items={flow.items} onChange={flow.change} onDrop={flow.drop} />}
      {flow.items.length > 0 && (
        <div class="actions">
          <button
            type="button"
            class={`primary ${name}-confirm`}
            disabled={flow.busy || !reader.canStore(flow.items)}
            onClick={() => void flow.store()}
          >
            {reader.text.confirm(lang, flow.items)}
          </button>
          <button type="button" disabled={flow.busy} onClick={flow.discard}>
            {ti(lang, 'import.discard')}
          </button>
        </div>
      )}
      {flow.storing && (
        <div class={`${name}-progress import-progress`} role="status">
          <Bar progress={flow.storing.total > 1 ? flow.storing : undefined} label={`${name}-storing`} />
          <span id={`${name}-storing`}>{reader.text.storing(lang, flow.storing.done, flow.storing.total)}</span>
        </div>
      )}
      {flow.note && (
        <p class={`ok ${name}-result`} role="status">
          {flow.note}
        </p>
      )}
      <ErrorBanner failure={flow.failure} onDismiss={flow.dismissFailure} />
      {flow.failure && flow.items.length > 0 && reader.text.retry && <p class="muted">{reader.text.retry(lang)}</p>}
    </section>
  );
}

function Reading<R, C extends string>({
  flow,
  reader,
  lang,
  fileWords,
}: {
  flow: Flow<R, C>;
  reader: Reader<R, C>;
  lang: Lang;
  fileWords: (file: string, words: string) => string;
}) {
  const id = (i: number) => `${reader.name}-reading-${i}`;
  return (
    <div class="import-reading">
      <ul class="import-files">
        {flow.reading.map((f, i) => (
          <li key={i} class={`${reader.name}-progress import-progress`} role="status">
            <Bar progress={f.progress} label={id(i)} />
            <span id={id(i)}>
              {f.progress ? fileWords(f.name, reader.text.progress(lang, f.progress)) : fileWords(f.name, ti(lang, 'import.waiting'))}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" class="import-cancel" onClick={flow.cancel}>
        {ti(lang, 'import.cancelReading')}
      </button>
    </div>
  );
}

/** A bar of `done` of `total`, or a moving one while the total is not known. */
function Bar({ progress, label }: { progress?: ReadProgress; label: string }) {
  return progress && progress.total > 0 ? (
    <progress max={progress.total} value={progress.done} aria-labelledby={label} />
  ) : (
    <progress aria-labelledby={label} />
  );
}

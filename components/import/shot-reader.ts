// Screenshots of app screens as a reader of the import flow (on the dashboard). Each picture's bytes
// are checked first (utils/ocr/image-header.ts: its real type, pixels from the header, animation, a
// cut-off file), so a PDF renamed .png or a 20000×20000 PNG is refused at once, without starting the
// OCR worker; then OCR and the screen reader run in the worker (`ReadShots`, injected: the browser's
// is shot-browser.ts, tests pass lines), the preview shows the boxes of its fields, and
// `ui:import-screenshot` stores it once the person confirms. The picture is never stored or sent.
import { h } from 'preact';
import { ti, type ImportKey } from '../../utils/i18n/import';
import type { Account } from '../../utils/model/types';
import type { ScreenRead } from '../../utils/screenshot/types';
import { checkImageHeader, MAX_PIXELS, type ImageProblem } from '../../utils/ocr/image-header';
import type { Reader, ReadProgress } from './reader';
import { draftOf, entriesOf, type ShotDraft } from './shot-draft';
import { ShotPreview } from './ShotPreview';

/** A screenshot is a few MB; a much larger file is something else. */
export const MAX_SHOT_BYTES = 40 * 1024 * 1024;

/** `too-large`: the file's bytes; `too-many-pixels`: its picture (the OCR's `too-large`). */
export type ShotRefusal =
  Exclude<ImageProblem, 'too-large'> | 'too-large' | 'too-many-pixels' | 'unreadable' | 'failed' | NonNullable<ScreenRead['notAccount']>;

export const shotProblem = (p: ImageProblem | 'failed'): ShotRefusal => (p === 'too-large' ? 'too-many-pixels' : p);

/** One picture read: its size and what the screen reader made of its lines, or why not. */
export type ShotOutcome = { ok: true; width: number; height: number; read: ScreenRead } | { ok: false; problem: ShotRefusal };

/** OCR + the screen reader over a batch, in a worker ended when the batch ends or `signal` aborts. */
export type ReadShots = (
  files: File[],
  options: {
    now: Date;
    signal: AbortSignal;
    onProgress(index: number, progress: ReadProgress): void;
    onDone(index: number, outcome: ShotOutcome): void;
  },
) => Promise<void>;

export interface ShotReaderOptions {
  readShots: ReadShots;
  accounts: readonly Account[];
  now: () => Date;
}

const megapixels = (n: number) => Math.round(n / 100_000) / 10;

export function shotReader({ readShots, accounts, now }: ShotReaderOptions): Reader<ShotDraft, ShotRefusal> {
  return {
    name: 'shot',
    accept: 'image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp',
    multiple: true,
    takes: (file) => /^image\//.test(file.type) || /\.(png|jpe?g|webp)$/i.test(file.name),
    maxBytes: MAX_SHOT_BYTES,
    tooLarge: 'too-large',
    unreadable: 'unreadable',
    async readBatch(files, { onProgress, onDone, signal }) {
      const pictures: number[] = [];
      for (const [i, file] of files.entries()) {
        const bytes = await file.arrayBuffer().catch(() => undefined);
        if (signal.aborted) return;
        const check = bytes && checkImageHeader(new Uint8Array(bytes));
        if (!check) onDone(i, { ok: false, refusal: 'unreadable' });
        else if (check.ok) pictures.push(i);
        else onDone(i, { ok: false, refusal: shotProblem(check.problem) });
      }
      if (!pictures.length) return;
      const at = now();
      await readShots(
        pictures.map((i) => files[i]!),
        {
          now: at,
          signal,
          onProgress: (k, p) => onProgress(pictures[k]!, p),
          onDone: (k, outcome) => {
            const i = pictures[k]!;
            if (!outcome.ok) return onDone(i, { ok: false, refusal: outcome.problem });
            const { read } = outcome;
            if (read.notAccount) return onDone(i, { ok: false, refusal: read.notAccount });
            if (!read.observations.length) return onDone(i, { ok: false, refusal: 'no-figures' });
            onDone(i, { ok: true, result: draftOf(read, outcome, at) });
          },
        },
      );
    },
    text: {
      title: (lang) => ti(lang, 'import.shot.title'),
      intro: (lang) => ti(lang, 'import.shot.intro'),
      choose: (lang) => ti(lang, 'import.shot.choose'),
      progress: (lang, p) =>
        p.total > 0 ? ti(lang, 'import.shot.reading', { percent: Math.round((p.done / p.total) * 100) }) : ti(lang, 'import.shot.loading'),
      refusal: (lang, code) =>
        ti(lang, `import.shot.refused.${code}` satisfies ImportKey, { mb: MAX_SHOT_BYTES / 1024 / 1024, max: megapixels(MAX_PIXELS) }),
      confirm: (lang, items) =>
        items.length === 1 ? ti(lang, 'import.shot.confirmOne') : ti(lang, 'import.shot.confirm', { n: items.length }),
      storing: (lang) => ti(lang, 'import.shot.storing'),
    },
    canStore: (items) => {
      const t = now().getTime();
      const all = items.map((it) => entriesOf(it.result, t, accounts));
      return all.every((e) => e.ok) && all.some((e) => e.ok && e.entries.length > 0);
    },
    async store(items, { send, lang }) {
      const t = now().getTime();
      const shots = items.flatMap((it) => {
        const e = entriesOf(it.result, t, accounts);
        return e.ok ? e.entries : [];
      });
      const reply = await send({ type: 'ui:import-screenshot', shots });
      if (!reply.ok) return { ok: false, failure: reply };
      const words = reply.added === 0 && reply.collapsed === 0 ? [ti(lang, 'import.shot.nothing')] : [];
      if (reply.added > 0) words.push(ti(lang, 'import.shot.stored', { added: reply.added }));
      if (reply.collapsed > 0) words.push(ti(lang, 'import.shot.collapsed', { n: reply.collapsed }));
      if (reply.accounts > 0) words.push(ti(lang, 'import.shot.accounts', { n: reply.accounts }));
      return { ok: true, note: words.join(lang === 'zh' ? '' : ' '), changed: reply.added + reply.collapsed > 0 };
    },
    Preview: (props) => h(ShotPreview, { ...props, accounts, now }),
  };
}

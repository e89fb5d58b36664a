// What one kind of import (bills, credit-report PDFs, screenshots) brings to the shared flow
// (useImportFlow.ts, ImportFlow.tsx): which files it takes, how it reads them within its budget, how
// it says why a file was refused, its preview, and how it stores what the person confirmed. The flow
// owns the picking, dropping and pasting, the per-file progress, the cancel button and the
// confirm/store/result markup, so the three imports look and behave alike.
import type { ComponentChild } from 'preact';
import type { Lang } from '../../utils/i18n';
import type { Failure } from '../../utils/messaging/protocol';
import type { Send } from '../../utils/ui/api';

/** `total` 0: not known yet (the reader is opening the file). */
export interface ReadProgress {
  done: number;
  total: number;
}

export type ReadOutcome<R, C extends string> = { ok: true; result: R } | { ok: false; refusal: C };

export interface BatchCallbacks<R, C extends string> {
  onProgress(index: number, progress: ReadProgress): void;
  /** Each file's outcome as soon as it is known, in any order. */
  onDone(index: number, outcome: ReadOutcome<R, C>): void;
  /** Aborted by the cancel button or when the flow is unmounted: the reader stops and ends its worker. */
  signal: AbortSignal;
}

/** A file read and kept for the preview (the File too: a preview may show it, e.g. a picture). */
export interface ReadItem<R> {
  file: File;
  result: R;
}

/** `changed`: something was stored (the page reads its data again), also when a later part failed. */
export type StoreOutcome =
  { ok: true; note: string; changed: boolean } | { ok: false; failure: Pick<Failure, 'code' | 'path' | 'expected'>; changed?: boolean };

export interface StoreContext {
  send: Send;
  lang: Lang;
  /** Progress of a store made of several messages (a bill split to fit the import cap). */
  onStep(done: number, total: number): void;
}

export interface PreviewProps<R> {
  items: ReadItem<R>[];
  /** A preview that lets the person edit (screenshots) hands back the changed result. */
  onChange(index: number, result: R): void;
  /** Drops one file from the preview (screenshots: "don't import this one"). */
  onDrop(index: number): void;
}

export interface Reader<R, C extends string> {
  /** Class prefix of the markup: `${name}-import`, `${name}-progress`, `${name}-refused`, `${name}-confirm`, `${name}-result`. */
  name: string;
  /** The file input's `accept`. */
  accept: string;
  /** Several files at once (each read, previewed and refused on its own). */
  multiple: boolean;
  /** Whether a dropped or pasted file is one this reader takes at all (by type or name). */
  takes(file: File): boolean;
  /** Checked before a byte is read; the reader's `refusal` for it. */
  maxBytes: number;
  tooLarge: C;
  /** The refusal for a file it cannot read (the browser could not give its bytes). */
  unreadable: C;
  readBatch(files: File[], callbacks: BatchCallbacks<R, C>): Promise<void>;
  text: {
    title(lang: Lang): string;
    intro(lang: Lang): string;
    choose(lang: Lang): string;
    progress(lang: Lang, progress: ReadProgress): string;
    refusal(lang: Lang, code: C): string;
    confirm(lang: Lang, items: ReadItem<R>[]): string;
    storing(lang: Lang, done: number, total: number): string;
    /** Said under a failed store while the preview stays (e.g. "nothing is added twice"). */
    retry?(lang: Lang): string;
  };
  /** Whether there is anything to store (the confirm button is off otherwise). */
  canStore(items: ReadItem<R>[]): boolean;
  store(items: ReadItem<R>[], context: StoreContext): Promise<StoreOutcome>;
  Preview(props: PreviewProps<R>): ComponentChild;
}

/**
 * A reader of one file at a time as a batch reader: files one after the other, stopping at the first
 * abort. A file whose reading throws is `unreadable` (its reader says what else went wrong).
 */
export function oneByOne<R, C extends string>(
  readOne: (file: File, onProgress: (p: ReadProgress) => void, signal: AbortSignal) => Promise<ReadOutcome<R, C>>,
  unreadable: C,
): Reader<R, C>['readBatch'] {
  return async (files, { onProgress, onDone, signal }) => {
    for (const [i, file] of files.entries()) {
      if (signal.aborted) return;
      let outcome: ReadOutcome<R, C>;
      try {
        outcome = await readOne(file, (p) => onProgress(i, p), signal);
      } catch {
        outcome = { ok: false, refusal: unreadable };
      }
      if (signal.aborted) return;
      onDone(i, outcome);
    }
  };
}

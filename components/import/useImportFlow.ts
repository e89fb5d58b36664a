// The state of one import: files picked → read (per-file progress, cancel) → preview → store. Generic
// over the reader (reader.ts); ImportFlow.tsx draws it. Nothing is sent before `store`.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n';
import type { ReadItem, Reader, ReadProgress, StoreOutcome } from './reader';

export interface FileRead {
  name: string;
  /** Undefined while waiting for its turn. */
  progress?: ReadProgress;
}

export interface Refused<C extends string> {
  name: string;
  code: C;
}

export interface ImportFlowState<R, C extends string> {
  /** The files being read now, in order; empty when nothing is being read. */
  reading: FileRead[];
  refused: Refused<C>[];
  items: ReadItem<R>[];
  storing?: { done: number; total: number };
  failure?: Extract<StoreOutcome, { ok: false }>['failure'];
  note?: string;
  /** The person stopped the reading. */
  cancelled: boolean;
}

export interface ImportFlow<R, C extends string> extends ImportFlowState<R, C> {
  busy: boolean;
  start(files: File[]): Promise<void>;
  cancel(): void;
  discard(): void;
  store(): Promise<void>;
  change(index: number, result: R): void;
  drop(index: number): void;
  dismissFailure(): void;
}

const EMPTY = { reading: [], refused: [], items: [], cancelled: false };

export function useImportFlow<R, C extends string>(
  reader: Reader<R, C>,
  { send, lang, onChanged }: { send: Parameters<Reader<R, C>['store']>[1]['send']; lang: Lang; onChanged?: () => void },
): ImportFlow<R, C> {
  const [state, setState] = useState<ImportFlowState<R, C>>(EMPTY);
  const running = useRef<AbortController>();
  const patch = (p: Partial<ImportFlowState<R, C>>) => setState((s) => ({ ...s, ...p }));
  // Leaving the page section (or the page) stops a reading in progress and its worker.
  useEffect(() => () => running.current?.abort(), []);

  const start = async (picked: File[]) => {
    running.current?.abort();
    const files = reader.multiple ? picked : picked.slice(0, 1);
    if (!files.length) return;
    // The size is checked before a byte is read.
    const refused: Refused<C>[] = files.filter((f) => f.size > reader.maxBytes).map((f) => ({ name: f.name, code: reader.tooLarge }));
    const toRead = files.filter((f) => f.size <= reader.maxBytes);
    // More pictures while a preview is open join it: what the person already corrected is kept.
    setState((s) => ({ ...EMPTY, items: reader.multiple ? s.items : [], refused, reading: toRead.map((f) => ({ name: f.name })) }));
    if (!toRead.length) return;
    const controller = new AbortController();
    running.current = controller;
    const outcomes = new Map<number, ReadItem<R>>();
    try {
      await reader.readBatch(toRead, {
        signal: controller.signal,
        onProgress: (i, progress) => {
          if (controller.signal.aborted) return;
          setState((s) => ({ ...s, reading: s.reading.map((f, k) => (k === i ? { ...f, progress } : f)) }));
        },
        onDone: (i, outcome) => {
          if (controller.signal.aborted) return;
          const file = toRead[i]!;
          if (outcome.ok) outcomes.set(i, { file, result: outcome.result });
          else setState((s) => ({ ...s, refused: [...s.refused, { name: file.name, code: outcome.refusal }] }));
        },
      });
    } catch {
      if (!controller.signal.aborted) patch({ refused: [...refused, ...toRead.map((f) => ({ name: f.name, code: reader.unreadable }))] });
    }
    if (controller.signal.aborted) return;
    running.current = undefined;
    // The preview keeps the files' order, whatever order they were read in.
    const items = [...outcomes.entries()].sort(([a], [b]) => a - b).map(([, item]) => item);
    setState((s) => ({ ...s, reading: [], items: reader.multiple ? [...s.items, ...items] : items }));
  };

  const cancel = () => {
    running.current?.abort();
    running.current = undefined;
    // Stopping a reading keeps the pictures already previewed.
    setState((s) => ({ ...EMPTY, items: reader.multiple ? s.items : [], cancelled: true }));
  };

  const store = async () => {
    const items = state.items;
    patch({ failure: undefined, storing: { done: 0, total: 1 } });
    let outcome: StoreOutcome;
    try {
      outcome = await reader.store(items, { send, lang, onStep: (done, total) => patch({ storing: { done, total } }) });
    } catch {
      outcome = { ok: false, failure: { code: 'internal' } };
    }
    if (outcome.changed) onChanged?.();
    // A failed store keeps the preview for a retry.
    if (!outcome.ok) return patch({ storing: undefined, failure: outcome.failure });
    patch({ storing: undefined, items: [], refused: [], note: outcome.note });
  };

  return {
    ...state,
    busy: state.reading.length > 0 || state.storing !== undefined,
    start,
    cancel,
    store,
    discard: () => setState(EMPTY),
    change: (index, result) => setState((s) => ({ ...s, items: s.items.map((it, k) => (k === index ? { ...it, result } : it)) })),
    drop: (index) => setState((s) => ({ ...s, items: s.items.filter((_, k) => k !== index) })),
    dismissFailure: () => patch({ failure: undefined }),
  };
}

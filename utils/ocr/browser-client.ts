// The extension page's side of on-device OCR: starts a dedicated worker for one batch of pictures,
// reports its progress, collects one outcome per picture, and terminates the worker when the batch
// is done, fails, or the person cancels (the signal). Nothing runs on the page's own thread.
import { browser } from 'wxt/browser';
import type { OcrStage } from './engine';
import { OCR_ASSET_PATHS, OCR_WORKER_PATH, type OcrAssets, type OcrOutcome, type OcrReply } from './protocol';

export type { OcrOutcome, OcrProblem } from './protocol';
export type { OcrStage } from './engine';

export interface OcrBatchOptions {
  /** Picture `index` (of `files`) is at `stage`, `fraction` (0–1) of it done. */
  onProgress?: (index: number, stage: OcrStage, fraction: number) => void;
  /** Picture `index` has been read (or refused); the promise still resolves with all of them. */
  onOutcome?: (index: number, outcome: OcrOutcome) => void;
  /** Aborting terminates the worker at once; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

// Files WXT does not know of (a build hook adds them): getURL's typed paths leave them out.
const url = (path: string): string => (browser.runtime.getURL as (path: string) => string)(path);

/** The packaged files' extension URLs. */
export function ocrAssets(): OcrAssets {
  return { wasm: url(OCR_ASSET_PATHS.wasm), det: url(OCR_ASSET_PATHS.det), rec: url(OCR_ASSET_PATHS.rec), keys: url(OCR_ASSET_PATHS.keys) };
}

/** Reads every picture in a worker of its own; one outcome per file, in order. */
export function ocrInWorker(files: Blob[], options: OcrBatchOptions = {}): Promise<OcrOutcome[]> {
  const { onProgress, onOutcome, signal } = options;
  return new Promise<OcrOutcome[]>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(url(OCR_WORKER_PATH), { type: 'module' });
    const outcomes: OcrOutcome[] = files.map(() => ({ ok: false, problem: 'failed' }));
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      end();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<OcrReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.index, reply.stage, reply.fraction);
      else if (reply.type === 'outcome') {
        outcomes[reply.index] = reply.outcome;
        onOutcome?.(reply.index, reply.outcome);
      } else {
        end();
        resolve(outcomes);
      }
    };
    // The worker script itself failed (it could not load, or ran out of memory): what was read stays.
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      resolve(outcomes);
    };
    worker.postMessage({ assets: ocrAssets(), files });
  });
}

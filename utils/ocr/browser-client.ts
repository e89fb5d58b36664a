// The extension page's side of on-device OCR: starts a dedicated worker for one batch of pictures,
// reports its progress, collects one outcome per picture; the worker is terminated when the batch
// is done, fails, or the person cancels (the signal: utils/workers/run.ts). Nothing runs on the page's own thread.
import { runWorker } from '../workers/run';
import { packagedUrl, startPackagedWorker } from '../workers/packaged';
import type { OcrStage } from './engine';
import { OCR_ASSET_PATHS, OCR_WORKER_PATH, type OcrAssets, type OcrOutcome, type OcrReply, type OcrRequest } from './protocol';

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

/** The packaged files' extension URLs. */
export function ocrAssets(): OcrAssets {
  const url = packagedUrl;
  return { wasm: url(OCR_ASSET_PATHS.wasm), det: url(OCR_ASSET_PATHS.det), rec: url(OCR_ASSET_PATHS.rec), keys: url(OCR_ASSET_PATHS.keys) };
}

/** Reads every picture in a worker of its own; one outcome per file, in order. */
export function ocrInWorker(files: Blob[], options: OcrBatchOptions = {}): Promise<OcrOutcome[]> {
  const { onProgress, onOutcome, signal } = options;
  // The worker script itself failing keeps what was read (the rest stay 'failed').
  const outcomes: OcrOutcome[] = files.map(() => ({ ok: false, problem: 'failed' }));
  return runWorker<OcrRequest, OcrReply, OcrOutcome[]>(
    () => startPackagedWorker(OCR_WORKER_PATH),
    { assets: ocrAssets(), files },
    {
      signal,
      onReply: (reply, settle) => {
        if (reply.type === 'progress') onProgress?.(reply.index, reply.stage, reply.fraction);
        else if (reply.type === 'outcome') {
          outcomes[reply.index] = reply.outcome;
          onOutcome?.(reply.index, reply.outcome);
        } else settle(outcomes);
      },
      onFailure: () => outcomes,
    },
  );
}

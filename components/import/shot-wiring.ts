// Screenshots: OCR (in its worker) then the screen reader, for the flow's shot reader, each picture
// read as soon as its lines arrive. The OCR and the reader are parameters: the dashboard passes the
// browser's worker client (utils/ocr/browser-client.ts) and readScreen (utils/screenshot/read.ts);
// tests pass lines.
import type { OcrOutcome, OcrStage } from '../../utils/ocr/browser-client';
import type { ScreenInput, ScreenRead } from '../../utils/screenshot/types';
import { shotProblem, type ReadShots } from './shot-reader';

/** The OCR client's batch call (ocrInWorker): one worker for the batch, ended when it is done or
 *  `signal` aborts (then it rejects). */
export type OcrBatch = (
  files: File[],
  options: {
    onProgress(index: number, stage: OcrStage, fraction: number): void;
    onOutcome(index: number, outcome: OcrOutcome): void;
    signal: AbortSignal;
  },
) => Promise<OcrOutcome[]>;

export function readShotsWith(ocr: OcrBatch, readScreen: (input: ScreenInput) => ScreenRead): ReadShots {
  return async (files, { now, signal, onProgress, onDone }) => {
    await ocr(files, {
      signal,
      // Loading the models comes first and has no share of a picture: said as "getting ready".
      onProgress: (i, stage, fraction) =>
        onProgress(i, stage === 'loading-models' ? { done: 0, total: 0 } : { done: Math.round(fraction * 100), total: 100 }),
      onOutcome: (i, outcome) => {
        if (signal.aborted) return;
        if (!outcome.ok) return onDone(i, { ok: false, problem: shotProblem(outcome.problem) });
        const file = files[i]!;
        const { lines, width, height } = outcome.result;
        const read = readScreen({ lines, width, height, fileName: file.name, fileTime: file.lastModified, now });
        onDone(i, { ok: true, width, height, read });
      },
    });
  };
}

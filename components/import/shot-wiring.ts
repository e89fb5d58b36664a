// Screenshots: OCR (in its worker) then the screen reader, for the flow's shot reader. The OCR and
// the reader are parameters: the dashboard passes the browser's worker client
// (utils/ocr/browser-client.ts) and readScreen (utils/screenshot/read.ts); tests pass lines.
import type { OcrResult } from '../../utils/ocr/types';
import type { ScreenInput, ScreenRead } from '../../utils/screenshot/types';
import type { ReadShots, ShotRefusal } from './shot-reader';

/** Per file: its lines, or why there are none (a problem name of the OCR client). */
export type OcrOutcome = { ok: true; result: OcrResult } | { ok: false; problem: string };

/** The OCR client's batch call: one worker for the batch, ended when it is done or `signal` aborts. */
export type OcrBatch = (
  files: File[],
  options: { onProgress(index: number, done: number, total: number): void; signal: AbortSignal },
) => Promise<OcrOutcome[]>;

/** The OCR client's problem names, in the flow's words; anything else is a failed reading. */
const PROBLEMS: Record<string, ShotRefusal> = {
  'not-image': 'not-image',
  animated: 'animated',
  damaged: 'damaged',
  'too-heavy': 'too-heavy',
  'too-many-pixels': 'too-heavy',
  'no-text': 'no-text',
};

export function readShotsWith(ocr: OcrBatch, readScreen: (input: ScreenInput) => ScreenRead): ReadShots {
  return async (files, { now, signal, onProgress, onDone }) => {
    const outcomes = await ocr(files, { signal, onProgress: (i, done, total) => onProgress(i, { done, total }) });
    if (signal.aborted) return;
    for (const [i, outcome] of outcomes.entries()) {
      const file = files[i]!;
      if (!outcome.ok) {
        onDone(i, { ok: false, problem: PROBLEMS[outcome.problem] ?? 'failed' });
        continue;
      }
      const { lines, width, height } = outcome.result;
      const read = readScreen({ lines, width, height, fileName: file.name, fileTime: file.lastModified, now });
      onDone(i, { ok: true, width, height, read });
    }
  };
}

// Runs in an extension page (bundled by ocr-page.ts, evaluated there): one batch through the real
// client, with each picture's time from its first progress report to its outcome.
import { ocrInWorker, type OcrOutcome, type OcrStage } from '../../utils/ocr/browser-client';

export interface RunRequest {
  files: { data: string; type: string }[];
  abortAfterMs?: number;
}

export interface RunReply {
  outcomes: OcrOutcome[];
  times: number[];
  progress: [number, OcrStage, number][];
  aborted: boolean;
  error: string;
}

async function run({ files, abortAfterMs }: RunRequest): Promise<RunReply> {
  const blobs = files.map((f) => new Blob([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], { type: f.type }));
  const begin: number[] = [];
  const times: number[] = [];
  const progress: [number, OcrStage, number][] = [];
  const controller = new AbortController();
  if (abortAfterMs !== undefined) setTimeout(() => controller.abort(new DOMException('cancelled', 'AbortError')), abortAfterMs);
  try {
    const outcomes = await ocrInWorker(blobs, {
      signal: controller.signal,
      onProgress: (i, stage, fraction) => {
        begin[i] ??= performance.now();
        progress.push([i, stage, fraction]);
      },
      onOutcome: (i) => {
        times[i] = performance.now() - (begin[i] ?? performance.now());
      },
    });
    return { outcomes, times, progress, aborted: false, error: '' };
  } catch (e) {
    return { outcomes: [], times, progress, aborted: controller.signal.aborted, error: String(e) };
  }
}

(globalThis as unknown as { ocrRun$: typeof run }).ocrRun$ = run;

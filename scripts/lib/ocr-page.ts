// Drives the extension's OCR worker from an extension page in Chromium, through the real client
// (utils/ocr/browser-client.ts, bundled here as a script evaluated in the page: no page imports it on
// its own yet) — for the browser test and the bench. Returns each picture's outcome with the time
// from its first progress report to its outcome, and every progress report.
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { OcrOutcome, OcrStage } from '../../utils/ocr/browser-client';

let bundle: Promise<string> | undefined;

/** browser-client.ts as a classic script that sets `globalThis.ocrClient$`. */
function clientScript(): Promise<string> {
  bundle ??= build({
    stdin: { contents: "import * as c from './utils/ocr/browser-client'; globalThis.ocrClient$ = c;", resolveDir: '.', loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

export interface PageOcrRun {
  outcomes: OcrOutcome[];
  /** The signal aborted the batch before it ended. */
  aborted: boolean;
  /** What the client threw, if anything. */
  error: string;
  /** Per picture: ms from its first progress report to its outcome (the first includes loading the models). */
  times: number[];
  progress: [number, OcrStage, number][];
  /** Workers the page started during the run, and how many of them were gone when it returned. */
  workersStarted: number;
  workersClosed: number;
}

export async function ocrOnPage(page: Page, pictures: { bytes: Uint8Array; type: string }[], abortAfterMs?: number): Promise<PageOcrRun> {
  let workersStarted = 0;
  let workersClosed = 0;
  const onWorker = (w: { on(e: 'close', f: () => void): void }) => {
    workersStarted++;
    w.on('close', () => workersClosed++);
  };
  page.on('worker', onWorker);
  await page.evaluate(await clientScript());
  const files = pictures.map((p) => ({ data: Buffer.from(p.bytes).toString('base64'), type: p.type }));
  const run = await page.evaluate(
    async ({ files, abortAfterMs }) => {
      const client = (globalThis as unknown as { ocrClient$: typeof import('../../utils/ocr/browser-client') }).ocrClient$;
      const blobs = files.map((f) => new Blob([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], { type: f.type }));
      const begin: number[] = [];
      const times: number[] = [];
      const progress: [number, OcrStage, number][] = [];
      const controller = new AbortController();
      if (abortAfterMs !== undefined) setTimeout(() => controller.abort(new DOMException('cancelled', 'AbortError')), abortAfterMs);
      try {
        const outcomes = await client.ocrInWorker(blobs, {
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
    },
    { files, abortAfterMs },
  );
  // The worker's close reaches Playwright a moment after terminate().
  for (let waited = 0; workersClosed < workersStarted && waited < 5000; waited += 50) await page.waitForTimeout(50);
  page.off('worker', onWorker);
  return { ...run, workersStarted, workersClosed };
}

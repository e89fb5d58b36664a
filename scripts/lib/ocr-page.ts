// Drives the extension's OCR worker from an extension page, through the real client
// (utils/ocr/browser-client.ts, bundled with ocr-page-runner.ts as a script evaluated in the page: no
// page imports the client on its own yet) — for the browser tests and the bench. Returns each
// picture's outcome and time, every progress report, and the workers started and ended meanwhile.
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { RunReply, RunRequest } from './ocr-page-runner';

let bundle: Promise<string> | undefined;

/** The runner (with the client) as a classic script that sets `globalThis.ocrRun$`. */
export function runnerScript(): Promise<string> {
  bundle ??= build({
    entryPoints: ['scripts/lib/ocr-page-runner.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    // node_modules may be a link to another checkout (worktrees): resolve inside this one.
    preserveSymlinks: true,
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

/** The expression that runs one batch in a page where the runner is loaded (a string: no transpiled helpers leak in). */
export const runExpression = (pictures: { bytes: Uint8Array; type: string }[], abortAfterMs?: number): string => {
  const request: RunRequest = {
    files: pictures.map((p) => ({ data: Buffer.from(p.bytes).toString('base64'), type: p.type })),
    abortAfterMs,
  };
  return `ocrRun$(${JSON.stringify(request)})`;
};

export interface PageOcrRun extends RunReply {
  /** Workers the page started during the run, and how many of them had ended when it returned. */
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
  await page.evaluate(await runnerScript());
  const run = (await page.evaluate(runExpression(pictures, abortAfterMs))) as RunReply;
  // The worker's close reaches Playwright a moment after terminate().
  for (let waited = 0; workersClosed < workersStarted && waited < 5000; waited += 50) await page.waitForTimeout(50);
  page.off('worker', onWorker);
  return { ...run, workersStarted, workersClosed };
}

// On-device OCR in Firefox ESR with the Firefox build: the dashboard page's client starts the
// packaged module worker, which compiles onnxruntime's wasm under the extension's CSP, reads a
// rendered app screenshot with the packaged models, and refuses a PDF named .png.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExpression, runnerScript } from '../../scripts/lib/ocr-page';
import type { RunReply } from '../../scripts/lib/ocr-page-runner';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './support/firefox';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

describe('OCR worker in Firefox', () => {
  it('reads a screenshot in the packaged worker and refuses a PDF named .png', async () => {
    const page = await openExtensionPage(s, 'dashboard.html');
    await page.evaluate(await runnerScript());
    const shot = new Uint8Array(await readFile('tests/fixtures/ocr/jintiao-dark.jpg'));
    const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    const run = (await page.evaluate(
      runExpression([
        { bytes: shot, type: 'image/jpeg' },
        { bytes: pdf, type: 'image/png' },
      ]),
    )) as RunReply;
    expect(run.error).toBe('');
    const [read, refused] = run.outcomes;
    expect(read?.ok && read.result.lines.map((l) => l.text)).toEqual(
      expect.arrayContaining(['京东金条', '12,600.00', '20,000.00', '7,400.00']),
    );
    expect(refused).toEqual({ ok: false, problem: 'not-image' });
    expect(run.progress.some(([i, stage]) => i === 0 && stage === 'recognising')).toBe(true);
  });
});

// On-device OCR in Chromium with the built extension: the dashboard page's client starts the
// packaged worker, which reads a rendered app screenshot with the packaged models and wasm, makes
// no request outside the extension, and is gone after the batch; a refused picture gets its code,
// and cancelling terminates the worker at once.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrOnPage } from '../../scripts/lib/ocr-page';
import { launch, type Session } from './support/browser';

let s: Session;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  s = await launch();
  s.context.on('request', (r) => requests.push(r.url()));
  page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/dashboard.html`);
});
afterAll(async () => {
  await s?.close();
});

const fixture = async (name: string) => new Uint8Array(await readFile(`tests/fixtures/ocr/${name}`));
const texts = (o: { ok: boolean; result?: { lines: { text: string }[] } }) => (o.ok ? o.result!.lines.map((l) => l.text) : []);

describe('OCR worker in Chromium', () => {
  it('reads a screenshot in a worker, refuses a PDF named .png, touches no network, and ends the worker', async () => {
    requests.length = 0;
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
    const run = await ocrOnPage(page, [
      { bytes: await fixture('jiebei-light.png'), type: 'image/png' },
      { bytes: pdf, type: 'image/png' },
      { bytes: await fixture('jintiao-dark.jpg'), type: 'image/jpeg' },
    ]);
    expect(run.error).toBe('');
    expect(run.aborted).toBe(false);
    const [light, refused, dark] = run.outcomes;
    expect(texts(light!)).toEqual(expect.arrayContaining(['借呗', '可用额度(元)', '50,000.00', '30,000.00', '7.30%']));
    expect(refused).toEqual({ ok: false, problem: 'not-image' });
    expect(texts(dark!)).toEqual(expect.arrayContaining(['12,600.00', '20,000.00', '7,400.00', '10.80%']));
    if (light?.ok) expect([light.result.width, light.result.height]).toEqual([750, 1624]);
    // Progress: the models once, then each readable picture's stages, fractions up to 1.
    const stages = run.progress.map(([i, stage]) => `${i}:${stage}`);
    expect(stages).toContain('0:loading-models');
    expect(stages).toContain('0:detecting');
    expect(stages).toContain('2:recognising');
    expect(run.progress.filter(([i]) => i === 1)).toEqual([]);
    expect(run.progress.filter(([i, stage]) => i === 0 && stage === 'recognising').at(-1)?.[2]).toBe(1);
    expect(run.workersStarted).toBe(1);
    expect(run.workersClosed).toBe(1);
    expect(requests.filter((u) => !u.startsWith(`chrome-extension://${s.extensionId}/`))).toEqual([]);
    // The packaged files were what it read.
    expect(requests).toContain(`chrome-extension://${s.extensionId}/ocr/ch_PP-OCRv4_rec_infer.onnx`);
  });

  it('terminates the worker when the batch is cancelled', async () => {
    const run = await ocrOnPage(page, [{ bytes: await fixture('weilidai-ad.jpg'), type: 'image/jpeg' }], 300);
    expect(run.aborted).toBe(true);
    expect(run.workersStarted).toBe(1);
    expect(run.workersClosed).toBe(1);
  });
});

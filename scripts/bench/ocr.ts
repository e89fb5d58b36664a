// On-device OCR of app screenshots (issue 19): the median time per screenshot in Node (the CLI's
// engine) and in Chromium (the built extension's packaged worker, driven from its dashboard page
// through the real client), the first use (a fresh worker: loading the models, then the first
// picture), and the extension's size with and without the OCR files. The pictures: the three test
// screens plus two at a current phone's full size (1080×2340, PNG and JPEG q60).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launch, PROD_EXTENSION_DIR } from '../lib/chromium';
import { nodeOcrModels, ocrBytes } from '../lib/ocr-node';
import { ocrOnPage } from '../lib/ocr-page';
import { renderScreens, SCREENS } from '../fixtures/ocr-screens';
import { median } from './capture';

async function dirSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(entries.filter((e) => e.isFile()).map((e) => stat(join(e.parentPath, e.name)).then((s) => s.size)));
  return sizes.reduce((a, b) => a + b, 0);
}

async function pictures(): Promise<{ name: string; bytes: Uint8Array; type: string }[]> {
  const dir = resolve('bench-out/ocr');
  const full = [
    { ...SCREENS[0]!, name: 'jiebei-1080x2340.png', width: 360, height: 780, scale: 3 },
    { ...SCREENS[1]!, name: 'jintiao-1080x2340.jpg', width: 360, height: 780, scale: 3, half: false, quality: 60 },
  ];
  await renderScreens(dir, full);
  const files = [...full.map((s) => join(dir, s.name)), ...SCREENS.map((s) => join('tests/fixtures/ocr', s.name))];
  return Promise.all(
    files.map(async (f) => ({ name: f, bytes: new Uint8Array(await readFile(f)), type: f.endsWith('.png') ? 'image/png' : 'image/jpeg' })),
  );
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Wall time, and this process's CPU time (what a busy machine's other work does not inflate). */
async function nodeFigures(shots: { bytes: Uint8Array }[], rounds: number): Promise<{ first: number; median: number; cpu: number }> {
  const t0 = performance.now();
  await nodeOcrModels();
  const first = await ocrBytes(shots[0]!.bytes);
  if (!first.ok) throw new Error(`ocr: ${first.problem}`);
  const firstUse = performance.now() - t0;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const s of shots) {
      const t = performance.now();
      const c = cpuMs();
      await ocrBytes(s.bytes);
      times.push(performance.now() - t);
      cpu.push(cpuMs() - c);
    }
  return { first: firstUse, median: median(times), cpu: median(cpu) };
}

async function chromiumFigures(shots: { bytes: Uint8Array; type: string }[], batches: number): Promise<{ first: number; median: number }> {
  const s = await launch({ extensionDir: PROD_EXTENSION_DIR });
  try {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/dashboard.html`);
    const firsts: number[] = [];
    const rest: number[] = [];
    for (let b = 0; b < batches; b++) {
      const run = await ocrOnPage(page, shots);
      if (run.error || run.outcomes.some((o) => !o.ok)) throw new Error(`ocr in Chromium: ${run.error || 'a picture was not read'}`);
      firsts.push(run.times[0]!);
      rest.push(...run.times.slice(1));
    }
    return { first: median(firsts), median: median(rest) };
  } finally {
    await s.close();
  }
}

export async function ocrFigures(): Promise<[string, number, string][]> {
  const shots = await pictures();
  const node = await nodeFigures(shots, 2);
  const chromium = await chromiumFigures(shots, 3);
  const total = await dirSize(PROD_EXTENSION_DIR);
  const assets = await dirSize(join(PROD_EXTENSION_DIR, 'ocr'));
  const mb = (n: number) => Math.round(n / 10_485.76) / 100;
  return [
    ['ocr.node.per-screenshot.median', Math.round(node.median), 'ms'],
    ['ocr.node.per-screenshot.cpu.median', Math.round(node.cpu), 'ms'],
    ['ocr.node.first-use', Math.round(node.first), 'ms'],
    ['ocr.chromium.per-screenshot.median', Math.round(chromium.median), 'ms'],
    ['ocr.chromium.first-use.median', Math.round(chromium.first), 'ms'],
    ['ocr.extension.size-without-ocr', mb(total - assets), 'MB'],
    ['ocr.extension.size', mb(total), 'MB'],
    ['ocr.extension.ocr-share', Math.round((assets / total) * 100), '%'],
  ];
}

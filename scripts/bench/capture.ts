// Capture time per fixture page in Chromium: the same extraction code as the content script,
// bundled on its own, run on each saved page; median of repeated runs.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChrome } from '../lib/chromium';

const PAGES = 'tests/fixtures/pages';

async function bundleExtractor(): Promise<string> {
  const out = resolve('bench-out/extractor');
  await build({
    logLevel: 'silent',
    configFile: false,
    build: {
      outDir: out,
      emptyOutDir: true,
      lib: { entry: resolve('scripts/bench/extractor-entry.ts'), name: 'benchCapture', formats: ['iife'], fileName: () => 'capture.js' },
    },
  });
  return join(out, 'capture.js');
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function captureFigures(runs = 25): Promise<[string, number, string][]> {
  const script = await readFile(await bundleExtractor(), 'utf8');
  const files = (await readdir(PAGES)).filter((f) => f.endsWith('.html')).sort();
  const browser = await chromium.launch({ executablePath: findChrome() ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const rows: [string, number, string][] = [];
  const medians: number[] = [];
  for (const f of files) {
    const expected = JSON.parse(await readFile(join(PAGES, f.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string };
    // Scripts off: we time reading the page, not the page's own code.
    await page.setContent((await readFile(join(PAGES, f), 'utf8')).replace(/<script[\s\S]*?<\/script>/gi, ''));
    await page.addScriptTag({ content: script });
    const times = await page.evaluate(
      ({ url, runs }) => {
        const g = globalThis as unknown as { benchCapture: { capture(doc: Document, url: string): unknown } };
        const out: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          g.benchCapture.capture(document, url);
          out.push(performance.now() - t);
        }
        return out;
      },
      { url: expected.url, runs },
    );
    const m = median(times);
    medians.push(m);
    rows.push([`capture.${f.replace(/\.html$/, '')}`, Math.round(m * 1000) / 1000, 'ms']);
  }
  // A bad page: 100k elements of figures without labels (the reader reads a bounded part of it).
  const filler = Array.from({ length: 100_000 }, (_, i) => `<span>商品${i} ¥${(i % 997) + 1}.90</span>`).join('');
  await page.setContent(`<!DOCTYPE html><html><head><title>我的额度</title></head><body><div>${filler}</div></body></html>`, {
    timeout: 120_000,
  });
  await page.addScriptTag({ content: script });
  const bad = await page.evaluate((runs) => {
    const g = globalThis as unknown as { benchCapture: { capture(doc: Document, url: string): unknown } };
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      g.benchCapture.capture(document, 'https://h5.example-lender.cn/quota');
      out.push(performance.now() - t);
    }
    return out;
  }, 5);
  await browser.close();
  rows.push(['capture.bad-page-100k-nodes', Math.round(median(bad) * 1000) / 1000, 'ms']);
  rows.unshift(['capture.median-of-pages', Math.round(median(medians) * 1000) / 1000, 'ms'], ['capture.pages', files.length, 'pages']);
  return rows;
}

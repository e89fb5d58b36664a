// Page-load time of the demo pages with and without the extension (which reads them: the demo build
// tracks 127.0.0.1, and the background injects its content script once each page has loaded).
// Alternating runs, medians per page, ratio of the sums. A third browser runs an extension whose
// declared content script is empty on the same pages: Chrome's own cost of injecting a declared
// content script (an isolated world, inside the load event) — which this extension no longer pays.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { DEMO_PAGES, startDemoServer } from '../demo/server';
import { CHROMIUM_ARGS, EXTENSION_DIR, findChrome } from '../lib/chromium';
import { median } from './capture';

async function emptyContentScriptExtension(): Promise<string> {
  const dir = resolve('bench-out/empty-content-script');
  await mkdir(dir, { recursive: true });
  const manifest = { manifest_version: 3, name: 'empty', version: '1', content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['c.js'], run_at: 'document_idle' }] };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'c.js'), 'void 0;\n');
  return dir;
}

async function context(extension: string | undefined): Promise<{ ctx: BrowserContext; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'ls-bench-'));
  const ext = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : ['--disable-extensions'];
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: findChrome() ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...ext] });
  return { ctx, dir };
}

async function loadTime(ctx: BrowserContext, url: string): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const t = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return n.loadEventEnd - n.startTime;
  });
  await page.close();
  return t;
}

export async function pageloadFigures(runs = 9): Promise<[string, number, string][]> {
  const demo = await startDemoServer();
  const withExt = await context(EXTENSION_DIR);
  const without = await context(undefined);
  const empty = await context(await emptyContentScriptExtension());
  await new Promise((r) => setTimeout(r, 1500)); // let the browsers settle after start
  const pages = DEMO_PAGES.filter((p) => !p.lenderUrl).map((p) => demo.url + p.file);
  let sumWith = 0;
  let sumWithout = 0;
  let sumEmpty = 0;
  for (const url of pages) {
    const a: number[] = [];
    const b: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < runs; i++) {
      a.push(await loadTime(withExt.ctx, url));
      b.push(await loadTime(without.ctx, url));
      c.push(await loadTime(empty.ctx, url));
    }
    sumWith += median(a);
    sumWithout += median(b);
    sumEmpty += median(c);
  }
  for (const c of [withExt, without, empty]) {
    await c.ctx.close();
    await rm(c.dir, { recursive: true, force: true });
  }
  await demo.close();
  return [
    ['pageload.with-extension', Math.round(sumWith * 10) / 10, 'ms (sum of per-page medians)'],
    ['pageload.without-extension', Math.round(sumWithout * 10) / 10, 'ms (sum of per-page medians)'],
    ['pageload.empty-content-script', Math.round(sumEmpty * 10) / 10, 'ms (sum of per-page medians)'],
    ['pageload.ratio', Math.round((sumWith / sumWithout) * 1000) / 1000, 'x'],
    ['pageload.ratio-vs-empty-content-script', Math.round((sumWith / sumEmpty) * 1000) / 1000, 'x'],
  ];
}

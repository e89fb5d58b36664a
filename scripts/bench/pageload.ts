// Page-load time of the demo pages with and without the extension (which reads them: the demo build
// tracks 127.0.0.1). Alternating runs, medians per page, ratio of the sums.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { DEMO_PAGES, startDemoServer } from '../demo/server';
import { CHROMIUM_ARGS, EXTENSION_DIR, findChrome } from '../lib/chromium';
import { median } from './capture';

async function context(withExtension: boolean): Promise<{ ctx: BrowserContext; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'ls-bench-'));
  const ext = withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : ['--disable-extensions'];
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
  const withExt = await context(true);
  const without = await context(false);
  await new Promise((r) => setTimeout(r, 1500)); // let the extension register its site script
  const pages = DEMO_PAGES.filter((p) => !p.lenderUrl).map((p) => demo.url + p.file);
  let sumWith = 0;
  let sumWithout = 0;
  for (const url of pages) {
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i++) {
      a.push(await loadTime(withExt.ctx, url));
      b.push(await loadTime(without.ctx, url));
    }
    sumWith += median(a);
    sumWithout += median(b);
  }
  for (const c of [withExt, without]) {
    await c.ctx.close();
    await rm(c.dir, { recursive: true, force: true });
  }
  await demo.close();
  return [
    ['pageload.with-extension', Math.round(sumWith * 10) / 10, 'ms (sum of per-page medians)'],
    ['pageload.without-extension', Math.round(sumWithout * 10) / 10, 'ms (sum of per-page medians)'],
    ['pageload.ratio', Math.round((sumWith / sumWithout) * 1000) / 1000, 'x'],
  ];
}

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
  const manifest = {
    manifest_version: 3,
    name: 'empty',
    version: '1',
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['c.js'], run_at: 'document_idle' }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'c.js'), 'void 0;\n');
  return dir;
}

async function context(extension: string | undefined): Promise<{ ctx: BrowserContext; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'ls-bench-'));
  const ext = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : ['--disable-extensions'];
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: findChrome() ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...ext],
  });
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

export async function pageloadFigures(runs = 15): Promise<[string, number, string][]> {
  const demo = await startDemoServer();
  // Four browsers: ours, none, a second "none" as the noise floor of this machine, and the empty
  // declared content script. The order rotates every round so none always goes first or last.
  const browsers = {
    with: await context(EXTENSION_DIR),
    without: await context(undefined),
    control: await context(undefined),
    empty: await context(await emptyContentScriptExtension()),
  };
  const names = Object.keys(browsers) as (keyof typeof browsers)[];
  await new Promise((r) => setTimeout(r, 1500)); // let the browsers settle after start
  const pages = DEMO_PAGES.filter((p) => !p.lenderUrl).map((p) => demo.url + p.file);
  const sums = { with: 0, without: 0, control: 0, empty: 0 };
  for (const url of pages) {
    const times = { with: [] as number[], without: [] as number[], control: [] as number[], empty: [] as number[] };
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length]!;
        times[name].push(await loadTime(browsers[name].ctx, url));
      }
    }
    for (const name of names) sums[name] += median(times[name]);
  }
  for (const c of Object.values(browsers)) {
    await c.ctx.close();
    await rm(c.dir, { recursive: true, force: true });
  }
  await demo.close();
  const ms = (x: number) => Math.round(x * 10) / 10;
  const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;
  return [
    ['pageload.with-extension', ms(sums.with), 'ms (sum of per-page medians)'],
    ['pageload.without-extension', ms(sums.without), 'ms (sum of per-page medians)'],
    ['pageload.empty-content-script', ms(sums.empty), 'ms (sum of per-page medians)'],
    ['pageload.ratio', ratio(sums.with, sums.without), 'x'],
    ['pageload.noise-floor (no extension vs no extension)', ratio(sums.control, sums.without), 'x'],
    ['pageload.ratio-vs-empty-content-script', ratio(sums.with, sums.empty), 'x'],
  ];
}

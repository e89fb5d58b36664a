// The dashboard page against history size, in Chromium with the built extension (the stored history
// and the later browser session come from popup-render.ts `sessionWithHistory`): its first paint
// (the account list in the DOM, ms since navigation start, taken by the page itself), and the chart
// of one account over all time (from the click on 全部 until the frame after uPlot's canvas for it
// exists: the chart drawn and on screen; until the canvas alone too, which leaves the drawing out).
// The sessions of every size stay open together and each run visits them in turn, a one-read floor
// page before each dashboard, so the shared machine's drift hits every size alike and cancels out
// of the ratios and of the paired differences.
// The click waits until the page's first reads have answered (the factors, read over the last half
// year of every account, come last): otherwise it queues in the one background worker behind them,
// which is their time, not the chart's. That queueing is reported beside it, clicked as soon as the
// chart of the last year is drawn.
// Every store also holds one account of the 1k history's span (34 days, synthetic-history.ts): its
// all-time chart is the same chart in every store, so its ratio is the store's size alone, where the
// first account's chart also grows with its own nine years.
import type { Page } from 'playwright-core';
import type { Session } from '../lib/chromium';
import { waitFor } from '../lib/demo-browsing';
import { median } from './capture';
import { FLOOR_PAGE, sessionWithHistory, writeFloorPage } from './popup-render';
import { shortAccountHistory } from './synthetic-history';

async function open(s: Session, file: string, selector: string): Promise<{ page: Page; ms: number }> {
  const page = await s.context.newPage();
  await page.addInitScript((sel: string) => {
    new MutationObserver((_m, observer) => {
      if (document.querySelector(sel)) {
        (globalThis as { __painted?: number }).__painted = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${s.extensionId}/${file}`);
  const ms = await waitFor(() => page.evaluate(() => (globalThis as { __painted?: number }).__painted), 30_000, selector);
  return { page, ms };
}

interface ChartTimes {
  /** Click to the new canvas in the DOM: the data read, sent and handed to uPlot. */
  canvas: number;
  /** Click to the first task after the next frame: uPlot has drawn (in a microtask after the canvas
   *  is inserted), the browser has rastered the canvas (at the end of that task) and painted the frame. */
  drawn: number;
}

/** The chosen account's chart over all time: click 全部, wait for the new canvas, then for it to be
 *  drawn. `settled`: only once the page's first reads have answered (the factors are shown). */
async function allTimeChart(page: Page, settled: boolean): Promise<ChartTimes> {
  await page.waitForSelector('.chart canvas', { timeout: 30_000 });
  if (settled) await page.waitForSelector('.factors .factor, .factors .error', { timeout: 30_000 });
  return page.evaluate(
    () =>
      new Promise<ChartTimes>((resolve) => {
        const old = document.querySelector('.chart canvas');
        const start = performance.now();
        new MutationObserver((_m, observer) => {
          const now = document.querySelector('.chart canvas');
          if (now && now !== old) {
            observer.disconnect();
            const canvas = performance.now() - start;
            requestAnimationFrame(() => setTimeout(() => resolve({ canvas, drawn: performance.now() - start }), 0));
          }
        }).observe(document, { childList: true, subtree: true });
        [...document.querySelectorAll<HTMLButtonElement>('.segmented button')].find((b) => b.textContent === '全部')!.click();
      }),
  );
}

interface Samples {
  paint: number[];
  floor: number[];
  chart: ChartTimes[];
  early: ChartTimes[];
  short: ChartTimes[];
}

const samples = (): Samples => ({ paint: [], floor: [], chart: [], early: [], short: [] });
const drawn = (xs: ChartTimes[]) => median(xs.map((x) => x.drawn));
const canvas = (xs: ChartTimes[]) => median(xs.map((x) => x.canvas));

/** The account of this lender chosen in the list (whichever the page opened on), its chart of the
 *  last year drawn. `settle`: then half a second more, for the reads a change of account starts
 *  besides the chart (its rows, its events) to answer, as they would while a person looks. */
async function choose(page: Page, lender: string, settle: boolean): Promise<void> {
  await page.click(`.accounts button.account:has-text("${lender}")`);
  await page.waitForSelector(`#history-title:has-text("${lender}")`, { timeout: 30_000 });
  await page.waitForSelector('.chart canvas', { timeout: 30_000 });
  if (settle) await page.waitForTimeout(500);
}

const FIRST = '机构0'; // acct-0: nine years in the 100k store
const SHORT = '短史机构'; // the account of 34 days in every store

/** One run on one size: the floor page, the dashboard (first paint, then the settled chart), and a
 *  second dashboard clicked at once. */
async function run(s: Session, into: Samples): Promise<void> {
  const f = await open(s, FLOOR_PAGE, '.account-list .card');
  into.floor.push(f.ms);
  await f.page.close();
  const d = await open(s, 'dashboard.html', '.accounts .account');
  into.paint.push(d.ms);
  await choose(d.page, FIRST, true);
  into.chart.push(await allTimeChart(d.page, true));
  await d.page.close();
  const e = await open(s, 'dashboard.html', '.accounts .account');
  await choose(e.page, FIRST, false);
  into.early.push(await allTimeChart(e.page, false));
  await e.page.close();
  const short = await open(s, 'dashboard.html', '.accounts .account');
  await choose(short.page, SHORT, true);
  into.short.push(await allTimeChart(short.page, true));
  await short.page.close();
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export async function dashboardRenderFigures(sizes = [1_000, 100_000], runs = 15): Promise<[string, number, string][]> {
  const sessions: Session[] = [];
  try {
    for (const n of sizes) sessions.push(await sessionWithHistory(n, shortAccountHistory()));
    await writeFloorPage();
    // Warm-up: worker start, code cache.
    for (const s of sessions) for (let i = 0; i < 3; i++) await run(s, samples());
    const taken: Samples[] = sizes.map(samples);
    for (let i = 0; i < runs; i++) for (const [k, s] of sessions.entries()) await run(s, taken[k]!);
    const rows: [string, number, string][] = [];
    for (const [k, n] of sizes.entries()) {
      const { paint, floor, chart, early, short } = taken[k]!;
      const size = `${n / 1000}k`;
      rows.push([`dashboard first paint with ${size} observations stored (median of ${runs})`, Math.round(median(paint)), 'ms']);
      rows.push([
        `dashboard first paint above the floor page, ${size} (median of the ${runs} paired differences)`,
        Math.round(median(paint.map((p, i) => p - floor[i]!))),
        'ms',
      ]);
      rows.push([
        `dashboard chart of one account over all time, ${size} (click to chart drawn, page settled, median of ${runs})`,
        Math.round(drawn(chart)),
        'ms',
      ]);
      rows.push([`  the same, click to canvas (before uPlot draws)`, Math.round(canvas(chart)), 'ms']);
      rows.push([
        `dashboard chart of one account over all time, ${size}, clicked as soon as the last year is drawn (median of ${runs})`,
        Math.round(drawn(early)),
        'ms',
      ]);
      rows.push([
        `dashboard chart over all time of the account of 34 days, ${size} stored (median of ${runs})`,
        Math.round(drawn(short)),
        'ms',
      ]);
    }
    if (sizes.length >= 2) {
      const [first, last] = [taken[0]!, taken.at(-1)!];
      const label = `${sizes.at(-1)! / 1000}k/${sizes[0]! / 1000}k`;
      rows.push([`dashboard first paint ratio ${label}`, ratio(median(last.paint), median(first.paint)), 'x']);
      rows.push([`dashboard all-time chart ratio ${label} (page settled, drawn)`, ratio(drawn(last.chart), drawn(first.chart)), 'x']);
      rows.push([`  the same, to the canvas`, ratio(canvas(last.chart), canvas(first.chart)), 'x']);
      // Each run measures both sizes within seconds: the ratio of each run's pair drifts less with
      // the shared machine's load than the ratio of the two medians.
      rows.push([
        `  the same, median of the ${runs} paired ratios`,
        ratio(median(last.chart.map((c, i) => c.drawn / first.chart[i]!.drawn)), 1),
        'x',
      ]);
      rows.push([`dashboard all-time chart ratio ${label} (clicked at once)`, ratio(drawn(last.early), drawn(first.early)), 'x']);
      rows.push([
        `dashboard all-time chart ratio ${label}, the account of 34 days in both`,
        ratio(drawn(last.short), drawn(first.short)),
        'x',
      ]);
    }
    return rows;
  } finally {
    for (const s of sessions) await s.close();
  }
}

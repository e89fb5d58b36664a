// The dashboard page against history size, in Chromium with the built extension (the stored history
// and the later browser session come from popup-render.ts `sessionWithHistory`): its first paint
// (the account list in the DOM, ms since navigation start, taken by the page itself), and the chart
// of one account over all time (from the click on 全部 until uPlot's canvas for it exists). Each run
// opens a one-read floor page in turn with the dashboard, so the shared machine's drift cancels out
// in the paired differences.
import type { Page } from 'playwright-core';
import type { Session } from '../lib/chromium';
import { waitFor } from '../lib/demo-browsing';
import { median } from './capture';
import { FLOOR_PAGE, sessionWithHistory, writeFloorPage } from './popup-render';

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

/** The first account's chart over all time: click 全部, wait for the new canvas. */
async function allTimeChart(page: Page): Promise<number> {
  await page.waitForSelector('.chart canvas', { timeout: 30_000 });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const old = document.querySelector('.chart canvas');
        const start = performance.now();
        new MutationObserver((_m, observer) => {
          const now = document.querySelector('.chart canvas');
          if (now && now !== old) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        }).observe(document, { childList: true, subtree: true });
        [...document.querySelectorAll<HTMLButtonElement>('.segmented button')].find((b) => b.textContent === '全部')!.click();
      }),
  );
}

export async function dashboardRenderFigures(sizes = [1_000, 100_000], runs = 15): Promise<[string, number, string][]> {
  const rows: [string, number, string][] = [];
  const paints: number[] = [];
  const charts: number[] = [];
  for (const n of sizes) {
    const s = await sessionWithHistory(n);
    try {
      await writeFloorPage();
      // Warm-up: worker start, code cache.
      for (let i = 0; i < 3; i++) await (await open(s, 'dashboard.html', '.accounts .account')).page.close();
      const paint: number[] = [];
      const floor: number[] = [];
      const chart: number[] = [];
      for (let i = 0; i < runs; i++) {
        const f = await open(s, FLOOR_PAGE, '.account-list .card');
        floor.push(f.ms);
        await f.page.close();
        const d = await open(s, 'dashboard.html', '.accounts .account');
        paint.push(d.ms);
        chart.push(await allTimeChart(d.page));
        await d.page.close();
      }
      const k = `${n / 1000}k`;
      paints.push(median(paint));
      charts.push(median(chart));
      rows.push([`dashboard first paint with ${k} observations stored (median of ${runs})`, Math.round(median(paint)), 'ms']);
      rows.push([
        `dashboard first paint above the floor page, ${k} (median of the ${runs} paired differences)`,
        Math.round(median(paint.map((p, i) => p - floor[i]!))),
        'ms',
      ]);
      rows.push([
        `dashboard chart of one account over all time, ${k} (click to canvas, median of ${runs})`,
        Math.round(median(chart)),
        'ms',
      ]);
    } finally {
      await s.close();
    }
  }
  if (paints.length >= 2) {
    rows.push([
      `dashboard first paint ratio ${sizes.at(-1)! / 1000}k/${sizes[0]! / 1000}k`,
      Math.round((paints.at(-1)! / paints[0]!) * 100) / 100,
      'x',
    ]);
    rows.push([
      `dashboard all-time chart ratio ${sizes.at(-1)! / 1000}k/${sizes[0]! / 1000}k`,
      Math.round((charts.at(-1)! / charts[0]!) * 100) / 100,
      'x',
    ]);
  }
  return rows;
}

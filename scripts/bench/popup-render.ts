// Popup first render against history size, in Chromium with the built extension: a synthetic
// history (30 accounts, daily, with events) is imported, the browser is started again on the same
// profile and its first rule run awaited, then the popup is opened repeatedly and the moment its account cards first exist is taken from the
// page's own clock (ms since navigation start). Median per size; flat means the popup reads
// per-account summaries, not the history.
import type { Page } from 'playwright-core';
import type { HistoryFile } from '../../utils/model/types';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXTENSION_DIR, launch, openPopup, stopServiceWorker, type Session } from '../lib/chromium';
import { dashboardFrom, waitFor } from '../lib/demo-browsing';
import { median } from './capture';
import { syntheticHistory } from './synthetic-history';

/** The file in parts under the import size cap: each part has every account and a share of the rows. */
function parts(file: HistoryFile, count: number): HistoryFile[] {
  const slice = <T>(rows: T[], i: number) => rows.slice(Math.floor((rows.length * i) / count), Math.floor((rows.length * (i + 1)) / count));
  return Array.from({ length: count }, (_, i) => ({ ...file, observations: slice(file.observations, i), events: slice(file.events, i) }));
}

async function importAll(page: Page, file: HistoryFile): Promise<void> {
  for (const part of parts(file, Math.ceil(file.observations.length / 20_000))) {
    const reply = await page.evaluate((text) => chrome.runtime.sendMessage({ type: 'ui:import', text }), JSON.stringify(part));
    if (!reply?.ok) throw new Error('import failed: ' + JSON.stringify(reply));
  }
}

async function firstRender(s: Session, file = 'popup.html'): Promise<number> {
  const page = await s.context.newPage();
  // Recorded by the page itself as soon as the first account card is in the DOM.
  await page.addInitScript(() => {
    new MutationObserver((_m, observer) => {
      if (document.querySelector('.account-list .card')) {
        (globalThis as { __firstCard?: number }).__firstCard = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.setViewportSize({ width: 400, height: 640 });
  await page.goto(`chrome-extension://${s.extensionId}/${file}`);
  const ms = await waitFor(
    () => page.evaluate(() => (globalThis as { __firstCard?: number }).__firstCard),
    30_000,
    'the first account card',
  );
  await page.close();
  return ms;
}

/**
 * The floor on this machine: an extension page whose only script (300 bytes) makes the one read the
 * popup's first paint waits on (the dashboard snapshot in storage.session) and then draws one card.
 * Written into the built demo extension for the bench only.
 */
export const FLOOR_PAGE = 'bench-floor.html';
export async function writeFloorPage(): Promise<void> {
  await writeFile(
    join(EXTENSION_DIR, FLOOR_PAGE),
    '<!doctype html><meta charset="utf-8"><title>floor</title><div id="app"></div><script src="/bench-floor.js"></script>',
  );
  await writeFile(
    join(EXTENSION_DIR, 'bench-floor.js'),
    "chrome.storage.session.get('dashboard').then(function () { var ul = document.createElement('ul'); ul.className = 'account-list'; var li = document.createElement('li'); li.className = 'card'; ul.appendChild(li); document.getElementById('app').appendChild(ul); });",
  );
}

/**
 * A browser session with a synthetic history of `n` observations stored and the popup's snapshot
 * published. Measured in a later browser session on the same profile, as a person opens the popup
 * on another day: right after storing 100,000 rows the browser is still busy with its database files.
 * `extra`, imported after the synthetic history, adds its rows to the count waited for.
 */
export async function sessionWithHistory(n: number, extra?: HistoryFile): Promise<Session> {
  const first = await launch();
  try {
    const setup = await openPopup(first);
    await importAll(setup, syntheticHistory(n));
    if (extra) await importAll(setup, extra);
    const stored = n + (extra?.observations.length ?? 0);
    // The background evaluates after each import; wait until the stored alerts settle.
    await waitFor(async () => (await dashboardFrom(setup)).totals.observations === stored, 120_000, 'the import');
  } finally {
    await first.close({ keepProfile: true });
  }
  const s = await launch({ profileDir: first.profileDir });
  const check = await openPopup(s);
  // The new session's first rule run publishes the popup's snapshot (and sets the badge).
  await waitFor(async () => (await check.evaluate(() => chrome.storage.session.get('dashboard')))?.dashboard, 120_000, 'the snapshot');
  await check.close();
  return s;
}

export async function popupRenderFigures(sizes = [1_000, 100_000], runs = 21): Promise<[string, number, string][]> {
  const rows: [string, number, string][] = [];
  const results: number[] = [];
  for (const n of sizes) {
    const s = await sessionWithHistory(n);
    try {
      await new Promise((r) => setTimeout(r, 2000));
      // Warm-up: worker start, code cache (Chromium caches a script after it ran a few times).
      await writeFloorPage();
      for (let i = 0; i < 5; i++) await firstRender(s);
      await firstRender(s, FLOOR_PAGE);
      if (n === sizes[0]) {
        // Chrome stops an idle worker after 30 s: most real openings find it stopped.
        const cold: number[] = [];
        for (let i = 0; i < Math.ceil(runs / 2); i++) {
          await stopServiceWorker(s);
          cold.push(await firstRender(s));
        }
        rows.push([
          `popup first render, service worker stopped, ${n / 1000}k observations (median of ${cold.length})`,
          Math.round(median(cold)),
          'ms',
        ]);
      }
      // The popup and the floor page in turn: the machine's drift (it is shared) hits both alike,
      // so their difference is the figure to compare between runs.
      const times: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i < runs; i++) {
        floor.push(await firstRender(s, FLOOR_PAGE));
        times.push(await firstRender(s));
      }
      const m = median(times);
      results.push(m);
      rows.push([`popup first render with ${n / 1000}k observations stored (median of ${runs})`, Math.round(m), 'ms']);
      rows.push([
        `popup floor, in turn with it: a one-read extension page drawing one card (median of ${runs})`,
        Math.round(median(floor)),
        'ms',
      ]);
      rows.push([
        `popup first render above the floor, ${n / 1000}k (median of the ${runs} differences)`,
        Math.round(median(times.map((t, i) => t - floor[i]!))),
        'ms',
      ]);
    } finally {
      await s.close();
    }
  }
  if (results.length >= 2)
    rows.push([
      `popup first render ratio ${sizes.at(-1)! / 1000}k/${sizes[0]! / 1000}k`,
      Math.round((results.at(-1)! / results[0]!) * 100) / 100,
      'x',
    ]);
  return rows;
}

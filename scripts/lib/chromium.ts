// Launch Debian's Chromium (or CHROME_PATH) with the built extension through playwright-core — used by
// npm start's tour, the browser tests and the benchmarks. No browser download is ever attempted.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** CHROME_PATH, then chromium, chromium-browser, google-chrome on PATH (cli.md). */
export function findChrome(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}
/** The demo-mode build: identical to production but with the loopback demo site pre-granted. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-demo');
export const PROD_EXTENSION_DIR = resolve('.output/chrome-mv3');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-quic',
];

export interface Session {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  worker(): Promise<Worker>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export async function launch(
  opts: { profileDir?: string; lang?: string; extensionDir?: string; headless?: boolean; executablePath?: string } = {},
): Promise<Session> {
  const profileDir = opts.profileDir ?? (await mkdtemp(join(tmpdir(), 'ls-profile-')));
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: opts.executablePath ?? findChrome() ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    locale: opts.lang ?? 'zh-CN',
    // Headless Chromium's own language stays en-US whatever --lang says; --accept-lang sets what
    // navigator.language tells every page, also those the extension opens before Playwright's
    // per-page locale applies (a dashboard opened from the popup once came up in English).
    args: [
      ...CHROMIUM_ARGS,
      `--lang=${opts.lang ?? 'zh-CN'}`,
      `--accept-lang=${opts.lang ?? 'zh-CN'}`,
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  // A fresh profile installs the extension at launch, and in its first second or two Chromium
  // starts its service worker again: "complete" events from tabs loaded meanwhile reach no listener,
  // and content scripts injected meanwhile lose their extension context. (Measured: pages visited at
  // once were missed in 1–4 of 5 launches; after this pause, in none.) The worker reads open tabs
  // when it starts (utils/sites.ts readOpenTabs), but pages loading during the restart can still
  // be missed, so tests and the demo tour wait until the install has settled.
  if (!opts.profileDir) await new Promise((r) => setTimeout(r, 2000));
  return {
    context,
    extensionId,
    profileDir,
    worker,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

export async function openPopup(s: Session, width = 400, height = 640): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  return page;
}

/**
 * Stops the extension's service worker the way Chrome does when it is idle (CDP on a page session:
 * ServiceWorker.stopWorker), and waits until it reports stopped.
 */
export async function stopServiceWorker(s: Session): Promise<void> {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  const versions = new Map<string, { scriptURL: string; runningStatus: string }>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
    for (const v of e.versions) versions.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable');
  const prefix = `chrome-extension://${s.extensionId}/`;
  const deadline = Date.now() + 10_000;
  const find = () => [...versions.entries()].find(([, v]) => v.scriptURL.startsWith(prefix));
  while (!find() && Date.now() < deadline) await page.waitForTimeout(50);
  const found = find();
  if (!found) throw new Error('extension service worker not found');
  await cdp.send('ServiceWorker.stopWorker', { versionId: found[0] });
  while (Date.now() < deadline && versions.get(found[0])?.runningStatus !== 'stopped') await page.waitForTimeout(50);
  if (versions.get(found[0])?.runningStatus !== 'stopped') throw new Error('service worker did not stop');
  await cdp.detach();
  await page.close();
}

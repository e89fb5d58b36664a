// Debian's Firefox ESR (or FIREFOX_PATH) with the Firefox build installed as a temporary add-on,
// driven over WebDriver BiDi by puppeteer-core (which never downloads a browser). What it takes,
// found by trying: a fixed extension UUID (so pages have a known moz-extension:// address),
// `--remote-allow-system-access` for installing the add-on, optional-permission requests granted
// without a prompt (no automation can click Firefox's doorhanger; the request still needs a real
// click), and extension pages opened through BiDi's navigate (page.goto waits for a load event
// puppeteer never sees on moz-extension:// pages). Console and page-error events are not reported
// for extension pages either, so errors are collected inside the page (watchErrors).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
/** Any fixed UUID: Firefox otherwise picks a random one per profile. */
export const EXTENSION_UUID = '5b0c6e1d-7f3a-4e52-9c8b-2d4a6f1e3b70';
export const EXTENSION_BASE = `moz-extension://${EXTENSION_UUID}/`;

/** FIREFOX_PATH, then firefox-esr or firefox on PATH. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? env.FIREFOX_PATH : undefined;
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

export interface FirefoxSession {
  browser: Browser;
  /** Where Firefox saves downloads (the export file). */
  downloadDir: string;
  close(): Promise<void>;
}

export async function launchFirefox(opts: { lang?: string } = {}): Promise<FirefoxSession> {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const downloadDir = await mkdtemp(join(tmpdir(), 'ls-ff-downloads-'));
  const executablePath = findFirefox() ?? '/usr/bin/firefox-esr';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      // The pages' language (navigator.language), which the extension's "auto" language follows.
      'intl.accept_languages': opts.lang ?? 'zh-CN',
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    downloadDir,
    async close() {
      await browser.close();
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the extension's pages (`popup.html`, `options.html`) in a new tab. With `behind`,
 * that page is brought back to the front first, so the extension page sees it as the active tab
 * (what the popup sees when it is opened over a page).
 */
export async function openExtensionPage(s: FirefoxSession, path: string, opts: { behind?: Page } = {}): Promise<Page> {
  const page = await s.browser.newPage();
  if (opts.behind) await opts.behind.bringToFront();
  // puppeteer's BiDi frame keeps its browsing context in a field its types do not declare.
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } };
  await frame.browsingContext.navigate(EXTENSION_BASE + path, 'complete');
  await watchErrors(page);
  return page;
}

export type Routes = Record<string, string>;

/**
 * A new tab whose requests are all answered here: the routed URLs with their HTML (fixture pages
 * at real lender addresses), everything else 404. Nothing reaches the network.
 */
export async function openSite(s: FirefoxSession, url: string, routes: Routes): Promise<Page> {
  const page = await s.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const body = routes[request.url()];
    void (body === undefined
      ? request.respond({ status: 404, contentType: 'text/plain', body: '' })
      : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  });
  await page.goto(url);
  return page;
}

/** Starts collecting uncaught errors and unhandled rejections in the page (from now on). */
export async function watchErrors(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as unknown as { __errors?: string[] };
    if (g.__errors) return;
    const errors: string[] = (g.__errors = []);
    addEventListener('error', (e) => errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => errors.push(String((e.reason as Error)?.message ?? e.reason)));
  });
}

export const errorsIn = (page: Page) => page.evaluate(() => (globalThis as unknown as { __errors?: string[] }).__errors ?? []);

/** Asks the background, from an extension page, what a popup would ask. */
export async function ask<T = Record<string, unknown>>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  if (!reply?.ok) throw new Error(`${String(message.type)} failed: ${JSON.stringify(reply)}`);
  return reply as T;
}

// The demo lender site for npm start and the browser tests: loopback pages, plus the same pages
// served at lender addresses through Playwright's route (no request leaves the machine): the two
// built-in adapters' pages at their real lender URLs, the others at invented lenders' addresses.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import type { Dashboard } from '../../utils/messaging/protocol';
import { DEMO_LENDERS } from '../demo/lenders';
import { DEMO_PAGES, demoPagePath, startDemoServer } from '../demo/server';

/** Real lender URL → the demo page shaped like it (scripts/demo/server.ts lenderUrl). */
export const LENDER_ROUTES: Record<string, string> = Object.fromEntries(
  DEMO_PAGES.flatMap((p) => (p.lenderUrl ? [[p.lenderUrl, p.file]] : [])),
);

/** Invented lender's address → its demo page (scripts/demo/server.ts demoUrl). */
export const DEMO_ROUTES: Record<string, string> = Object.fromEntries(DEMO_PAGES.flatMap((p) => (p.demoUrl ? [[p.demoUrl, p.file]] : [])));

/** Serves every demo page at its lender address, real or invented, inside this browser context. */
export async function routeLenderPages(context: BrowserContext): Promise<void> {
  for (const [url, file] of Object.entries({ ...LENDER_ROUTES, ...DEMO_ROUTES })) {
    const body = await readFile(demoPagePath(file), 'utf8');
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  }
}

export { startDemoServer };

/**
 * Names the invented lenders' sites from an extension page, as a person does when tracking a site
 * (`ui:site-name`, what the options page sends): their accounts' lender is that name, not the host.
 */
export async function nameDemoLenders(page: Page): Promise<void> {
  for (const { origin, name } of Object.values(DEMO_LENDERS)) {
    const reply = await page.evaluate((msg) => chrome.runtime.sendMessage(msg), { type: 'ui:site-name', origin, name });
    if (!reply?.ok) throw new Error(`naming ${origin} failed: ${JSON.stringify(reply)}`);
  }
}

/** Asks the background for the dashboard from an extension page (the privileged channel). */
export async function dashboardFrom(page: Page): Promise<Dashboard> {
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:dashboard' }));
  if (!reply?.ok) throw new Error('dashboard failed: ' + JSON.stringify(reply));
  return reply.dashboard as Dashboard;
}

export async function waitFor<T>(fn: () => Promise<T | undefined | false>, ms = 15_000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

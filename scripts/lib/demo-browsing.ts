// The demo lender site for browser tests: loopback pages, plus the two built-in adapters' pages
// served at their real lender URLs through Playwright's route (no request leaves the machine).
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import type { Dashboard } from '../../utils/messaging/protocol';
import { demoPagePath, startDemoServer } from '../demo/server';

export const LENDER_ROUTES: Record<string, string> = {
  'https://baitiao.jd.com/v3/ious/list': 'jd-baitiao.html',
  'https://my.alipay.com/portal/i.htm': 'alipay-portal.html',
};

export async function routeLenderPages(context: BrowserContext): Promise<void> {
  for (const [url, file] of Object.entries(LENDER_ROUTES)) {
    const body = await readFile(demoPagePath(file), 'utf8');
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  }
}

export { startDemoServer };

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

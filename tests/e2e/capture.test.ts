// The whole capture path in a real Chromium with the built extension: demo pages and real lender
// URLs are read, stored, survive a stopped service worker and a browser restart, and show in the popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launch, openPopup, stopServiceWorker, type Session } from './support/browser';
import { dashboardFrom, routeLenderPages, startDemoServer, waitFor } from './support/browser';

let demo: Awaited<ReturnType<typeof startDemoServer>>;
let s: Session;
const extensionRequests: string[] = [];

function watchExtensionRequests(session: Session) {
  const prefix = `chrome-extension://${session.extensionId}/`;
  session.context.on('request', (r: Request) => {
    const fromExtension = r.serviceWorker() !== null || (r.frame()?.url() ?? '').startsWith(prefix);
    if (fromExtension && !r.url().startsWith(prefix)) extensionRequests.push(r.url());
  });
}

beforeAll(async () => {
  demo = await startDemoServer();
  s = await launch();
  watchExtensionRequests(s);
  await routeLenderPages(s.context);
  // The demo build pre-grants 127.0.0.1; the background registers its content script on install.
  const w = await s.worker();
  await waitFor(async () => (await w.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length > 0, 10_000, 'site registration');
});

afterAll(async () => {
  await s?.close();
  await demo?.close();
});

async function visit(url: string) {
  const page = await s.context.newPage();
  await page.goto(url);
  return page;
}

describe('capture in Chromium', () => {
  it('records the built-in adapters at their real lender URLs and tracked demo pages', async () => {
    const pages = await Promise.all([
      visit('https://baitiao.jd.com/v3/ious/list'),
      visit('https://my.alipay.com/portal/i.htm'),
      visit(demo.url + 'credit-line.html'),
      visit(demo.url + 'frozen.html'),
      visit(demo.url + 'limited.html'),
      visit(demo.url + 'bank-cards.html'),
      visit(demo.url + 'hostile.html'),
      visit(demo.url + 'landing.html'),
    ]);
    // 花呗's numbers sit in a card opened by a click.
    await pages[1]!.getByText('显示额度').click().catch(() => undefined);
    const popup = await openPopup(s);
    const dash = await waitFor(async () => {
      const d = await dashboardFrom(popup);
      const ids = d.accounts.map((a) => a.account.id);
      return ids.includes('jd-baitiao') && ids.includes('jd-jintiao') && ids.includes('alipay-huabei') && d.accounts.length >= 8 ? d : undefined;
    }, 20_000, 'captures');
    const byId = new Map(dash.accounts.map((a) => [a.account.id, a]));
    expect(byId.get('jd-baitiao')?.latest).toMatchObject({ totalLimit: 30000, availableLimit: 21500.5, source: 'page' });
    expect(byId.get('jd-jintiao')?.latest).toMatchObject({ totalLimit: 80000, availableLimit: 80000 });
    expect(byId.get('alipay-huabei')?.latest).toMatchObject({ totalLimit: 15000, availableLimit: 9876.54 });
    const statuses = dash.accounts.map((a) => a.latest?.status);
    expect(statuses).toContain('frozen');
    expect(statuses).toContain('limited');
    // The landing page's marketing figures are not an account.
    expect(dash.accounts.some((a) => a.latest?.totalLimit === 200000)).toBe(false);
    await Promise.all(pages.map((p) => p.close()));
    await popup.close();
  });

  it('keeps everything after the service worker is stopped, and the popup shows it', async () => {
    await stopServiceWorker(s);
    const popup = await openPopup(s);
    await expect.poll(() => popup.getByText('白条').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The hostile lender name is shown literally and nothing from it runs.
    await expect.poll(() => popup.getByText('<img src=x onerror', { exact: false }).count()).toBeGreaterThan(0);
    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    expect(await popup.title()).not.toBe('pwned');
    await popup.close();
  });

  it('made no network request from the extension', () => {
    expect(extensionRequests).toEqual([]);
  });

  it('keeps the history across a browser restart', async () => {
    const before = await dashboardFrom(await openPopup(s));
    await s.close({ keepProfile: true });
    s = await launch({ profileDir: s.profileDir });
    const after = await dashboardFrom(await openPopup(s));
    expect(after.accounts.map((a) => a.account.id)).toEqual(before.accounts.map((a) => a.account.id));
    expect(after.accounts.map((a) => a.latest)).toEqual(before.accounts.map((a) => a.latest));
  });
});

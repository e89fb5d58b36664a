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
  // The demo build pre-grants 127.0.0.1; nothing is registered: the background injects the content
  // script into each enabled tab once it has loaded.
  await routeProbePages(s.context);
});

// A quota card the generic extractor reads, served where it must be read and where it must not.
const probe = (total: string, available: string) =>
  `<!doctype html><meta charset="utf-8"><title>额度</title><main><p>总额度 <b>¥${total}</b></p><p>可用额度 <b>¥${available}</b></p></main>`;
const PROBES = {
  tracked: { url: 'http://127.0.0.1:9/quota.html', body: probe('88,888.00', '55,555.00') },
  adapterHostOtherPath: { url: 'https://my.alipay.com/account/quota.htm', body: probe('77,777.00', '66,666.00') },
  otherSite: { url: 'https://h5.unlisted-lender.example/quota', body: probe('99,999.00', '44,444.00') },
};

async function routeProbePages(context: Session['context']) {
  for (const { url, body } of Object.values(PROBES)) {
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  }
}

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
    // Open before anything is read: it follows what the background publishes, without a reload.
    const watching = await openPopup(s);
    await watching.waitForSelector('.empty');
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
    // 花呗's amounts read **.** as served: nothing is recorded until the person clicks 显示金额.
    const popup = await openPopup(s);
    await waitFor(async () => (await dashboardFrom(popup)).accounts.some((a) => a.account.id === 'jd-baitiao'), 20_000, 'first captures');
    await pages[1]!.waitForTimeout(1500); // past the content script's settle time on the masked page
    expect((await dashboardFrom(popup)).accounts.map((a) => a.account.id)).not.toContain('alipay-huabei');
    await pages[1]!.locator('#showHuabeiAmount .show-text').click();
    const dash = await waitFor(
      async () => {
        const d = await dashboardFrom(popup);
        const ids = d.accounts.map((a) => a.account.id);
        return ids.includes('jd-baitiao') && ids.includes('jd-jintiao') && ids.includes('alipay-huabei') && d.accounts.length >= 8
          ? d
          : undefined;
      },
      20_000,
      'captures',
    );
    const byId = new Map(dash.accounts.map((a) => [a.account.id, a]));
    expect(byId.get('jd-baitiao')?.latest).toMatchObject({ totalLimit: 30000, availableLimit: 21500.5, source: 'page' });
    expect(byId.get('jd-jintiao')?.latest).toMatchObject({ totalLimit: 80000, availableLimit: 80000 });
    expect(byId.get('alipay-huabei')?.latest).toMatchObject({ totalLimit: 15000, availableLimit: 9876.54 });
    const statuses = dash.accounts.map((a) => a.latest?.status);
    expect(statuses).toContain('frozen');
    expect(statuses).toContain('limited');
    // The landing page's marketing figures are not an account.
    expect(dash.accounts.some((a) => a.latest?.totalLimit === 200000)).toBe(false);
    await expect.poll(() => watching.locator('.account-list .card').count(), { timeout: 10_000 }).toBe(Math.min(8, dash.accounts.length));
    expect(await watching.locator('.empty').count()).toBe(0);
    await Promise.all([...pages, watching].map((p) => p.close()));
    await popup.close();
  });

  it('keeps everything after the service worker is stopped, and the popup shows it', async () => {
    await stopServiceWorker(s);
    const popup = await openPopup(s);
    await expect.poll(() => popup.getByText('白条').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Every account card (the list opens with the eight that need attention most).
    const all = popup.getByRole('button', { name: /^显示全部/ });
    if (await all.count()) await all.click();
    // The hostile lender name is shown literally and nothing from it runs.
    await expect.poll(() => popup.getByText('<img src=x onerror', { exact: false }).count()).toBeGreaterThan(0);
    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    expect(await popup.title()).not.toBe('pwned');
    await popup.close();
  });

  it('made no network request from the extension', () => {
    expect(extensionRequests).toEqual([]);
  });

  it('reads a tracked site after load, and never an adapter host’s other pages or a site not granted', async () => {
    const pages = [await visit(PROBES.tracked.url), await visit(PROBES.adapterHostOtherPath.url), await visit(PROBES.otherSite.url)];
    const popup = await openPopup(s);
    const totals = async () => (await dashboardFrom(popup)).accounts.map((a) => a.latest?.totalLimit);
    await waitFor(async () => (await totals()).includes(88888), 15_000, 'tracked probe');
    await new Promise((r) => setTimeout(r, 1500)); // well past the settle time of any content script
    expect(await totals()).not.toContain(77777);
    expect(await totals()).not.toContain(99999);
    // Not even injected: the extension may script my.alipay.com, yet nothing of ours runs on that page.
    const w = await s.worker();
    const ran = await w.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://my.alipay.com/account/*' });
      const [r] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: () => Symbol.for('limit-sentinel.content') in globalThis,
      });
      return r?.result;
    });
    expect(ran).toBe(false);
    await Promise.all([...pages, popup].map((p) => p.close()));
  });

  it('keeps one content script per page when the background injects again', async () => {
    const page = await visit(demo.url + 'credit-line.html');
    await expect.poll(() => page.locator('#avail').textContent(), { timeout: 10_000 }).toBe('¥32,000.00'); // rendered late
    const w = await s.worker();
    // Functions go into the tab through the worker; they must be written inline (no eval in MV3).
    const [tabId] = await w.evaluate(async (url) => (await chrome.tabs.query({ url })).map((t) => t.id!), page.url());
    const markRunningCopy = () =>
      w.evaluate(async (id) => {
        const mark = () => {
          const running = (globalThis as unknown as Record<symbol, { marked?: boolean } | undefined>)[Symbol.for('limit-sentinel.content')];
          if (running) running.marked = true;
          return running !== undefined;
        };
        return (await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, func: mark }))[0]?.result === true;
      }, tabId!);
    // The background's own injection follows the load; wait for it, then mark that copy.
    await waitFor(markRunningCopy, 10_000, 'the content script');
    // SPA navigations: Chromium reports "complete" again for each, and the background is asked again.
    await page.evaluate(() => history.pushState({}, '', '#detail'));
    await page.evaluate(() => (location.hash = 'again'));
    await page.waitForTimeout(1000);
    const sameCopy = await w.evaluate(async (id) => {
      const isMarked = () =>
        (globalThis as unknown as Record<symbol, { marked?: boolean } | undefined>)[Symbol.for('limit-sentinel.content')]?.marked === true;
      return (await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, func: isMarked }))[0]?.result;
    }, tabId!);
    expect(sameCopy).toBe(true);
    // …and that copy still watches the page.
    await page.evaluate(() => (document.getElementById('avail')!.textContent = '¥31,000.00'));
    const popup = await openPopup(s);
    await waitFor(
      async () => (await dashboardFrom(popup)).accounts.some((a) => a.latest?.availableLimit === 31000),
      15_000,
      'capture after re-injection',
    );
    await Promise.all([page.close(), popup.close()]);
  });

  it('keeps the history across a browser restart', async () => {
    const before = await dashboardFrom(await openPopup(s));
    await s.close({ keepProfile: true });
    s = await launch({ profileDir: s.profileDir });
    const popup = await openPopup(s);
    const after = await dashboardFrom(popup);
    expect(after.accounts.map((a) => a.account.id)).toEqual(before.accounts.map((a) => a.account.id));
    // A new browser session has no dashboard snapshot until the first rule run: the popup asks.
    await expect.poll(() => popup.locator('.account-list .card').count(), { timeout: 10_000 }).toBe(Math.min(8, after.accounts.length));
    expect(after.accounts.map((a) => a.latest)).toEqual(before.accounts.map((a) => a.latest));
  });
});

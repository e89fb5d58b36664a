// The Firefox build in Debian's Firefox ESR (a temporary add-on, one browser for the file): the
// built-in adapters read fixture pages served at their real lender URLs, the open popup follows
// through storage.session, a site is read once its optional permission is granted (and one not
// granted never is), and the history goes out through the popup's export and comes back in.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPagePath } from '../../scripts/demo/server';
import type { Dashboard } from '../../utils/messaging/protocol';
import type { HistoryFile } from '../../utils/model/types';
import { LENDER_ROUTES, waitFor } from './support/browser';
import { ask, errorsIn, launchFirefox, openExtensionPage, openSite, type FirefoxSession, type Routes } from './support/firefox';

let s: FirefoxSession;
let lenderRoutes: Routes;
beforeAll(async () => {
  s = await launchFirefox();
  lenderRoutes = Object.fromEntries(
    await Promise.all(Object.entries(LENDER_ROUTES).map(async ([url, file]) => [url, await readFile(demoPagePath(file), 'utf8')])),
  );
});
afterAll(async () => {
  await s?.close();
});

// A quota card the generic extractor reads, on a site granted during the test and on one never granted.
const probe = (total: string, available: string) =>
  `<!doctype html><meta charset="utf-8"><title>额度</title><main><p>总额度 <b>¥${total}</b></p><p>可用额度 <b>¥${available}</b></p></main>`;
const TRACKED = 'https://h5.tracked-lender.example';
const PROBES: Routes = {
  [`${TRACKED}/quota`]: probe('88,888.00', '55,555.00'),
  [`${TRACKED}/later`]: probe('88,888.00', '44,444.00'),
  'https://h5.unlisted-lender.example/quota': probe('99,999.00', '33,333.00'),
};

const dashboard = async (page: Page) => (await ask<{ dashboard: Dashboard }>(page, { type: 'ui:dashboard' })).dashboard;
const availables = async (page: Page) => (await dashboard(page)).accounts.map((a) => a.latest?.availableLimit);
const closeAll = (pages: Page[]) => Promise.all(pages.map((p) => p.close()));

describe('capture in Firefox', () => {
  it('reads the built-in adapters at their real lender URLs, and the open popup follows', async () => {
    // Open before anything is read: it draws from storage.session and follows its changes.
    const watching = await openExtensionPage(s, 'popup.html');
    await watching.waitForSelector('.empty');
    const jd = await openSite(s, 'https://baitiao.jd.com/v3/ious/list', lenderRoutes);
    const alipay = await openSite(s, 'https://my.alipay.com/portal/i.htm', lenderRoutes);
    // 花呗's amounts read **.** as the portal serves them, until the person clicks 显示金额.
    await alipay.locator('#showHuabeiAmount .show-text').click();
    const dash = await waitFor(
      async () => {
        const d = await dashboard(watching);
        const ids = d.accounts.map((a) => a.account.id);
        return ['jd-baitiao', 'jd-jintiao', 'alipay-huabei'].every((id) => ids.includes(id)) && d;
      },
      20_000,
      'the lender pages read',
    );
    const byId = new Map(dash.accounts.map((a) => [a.account.id, a]));
    expect(byId.get('jd-baitiao')?.latest).toMatchObject({ totalLimit: 30000, availableLimit: 21500.5, source: 'page' });
    expect(byId.get('jd-jintiao')?.latest).toMatchObject({ totalLimit: 80000, availableLimit: 80000 });
    expect(byId.get('alipay-huabei')?.latest).toMatchObject({ totalLimit: 15000, availableLimit: 9876.54 });
    // The popup opened before the reads now shows them, without a reload.
    await waitFor(async () => (await watching.$$('.account-list .card')).length === dash.accounts.length, 10_000, 'the popup’s cards');
    expect(await watching.$('.empty')).toBeNull();
    const text = await watching.$eval('.account-list', (el) => el.textContent ?? '');
    expect(text).toContain('白条');
    expect(text).toContain('花呗');
    expect(await errorsIn(watching)).toEqual([]);
    await closeAll([jd, alipay, watching]);
  });

  it('reads a site once its optional permission is granted, and never a site not granted', async () => {
    const site = await openSite(s, `${TRACKED}/quota`, PROBES);
    const other = await openSite(s, 'https://h5.unlisted-lender.example/quota', PROBES);
    await site.bringToFront();
    const popup = await openExtensionPage(s, 'popup.html', { behind: site });
    await new Promise((r) => setTimeout(r, 1500)); // well past the settle time of any content script
    expect(await availables(popup)).not.toContain(55555);

    // What the popup's "记录此网站" button does (components/popup/Popup.tsx onTrack): the request inside
    // the click, then the background reads the open tab. The button itself is not used: a popup
    // opened as a tab has no activeTab grant, so Firefox hides the page's address from it.
    await popup.evaluate((origin) => {
      const button = document.createElement('button');
      button.id = 'grant';
      button.textContent = 'grant';
      button.addEventListener('click', () => {
        const asked = browser.permissions.request({ origins: [`${origin}/*`] });
        const result = ((globalThis as unknown as { __grant?: Promise<unknown> }).__grant = (async () => {
          const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
          if (!(await asked)) return 'denied';
          return browser.runtime.sendMessage({ type: 'ui:track-site', origin, tabId: tab?.id });
        })());
        void result;
      });
      document.body.prepend(button);
    }, TRACKED);
    await popup.click('#grant');
    expect(await popup.evaluate(() => (globalThis as unknown as { __grant: Promise<unknown> }).__grant)).toEqual({ ok: true });
    await waitFor(async () => (await availables(popup)).includes(55555), 15_000, 'the granted site’s open page');

    // With the grant the extension may see that tab's address: the popup says the site is tracked.
    const again = await openExtensionPage(s, 'popup.html', { behind: site });
    await again.waitForSelector('.track-state');
    expect(await again.$eval('.track-origin', (el) => el.textContent)).toBe('h5.tracked-lender.example');

    // Later loads on that site are read after they finish loading; the other site never is.
    const later = await openSite(s, `${TRACKED}/later`, PROBES);
    await waitFor(async () => (await availables(popup)).includes(44444), 15_000, 'a later page of the granted site');
    expect(await availables(popup)).not.toContain(33333);
    expect(await errorsIn(popup)).toEqual([]);
    expect(await errorsIn(again)).toEqual([]);
    await closeAll([site, other, later, popup, again]);
  });

  it('exports the history from the popup, and imports the file back after deleting everything', async () => {
    const popup = await openExtensionPage(s, 'popup.html');
    await popup.waitForSelector('.account-list .card');
    const before = await dashboard(popup);
    await popup.click('.data .actions button'); // 导出历史
    const name = await waitFor(
      async () => (await readdir(s.downloadDir)).find((f) => f.endsWith('.json') && !f.endsWith('.part')),
      10_000,
      'the export download',
    );
    // Complete once it parses: Firefox writes the file in place.
    const path = join(s.downloadDir, name);
    const file = await waitFor(async () => JSON.parse(await readFile(path, 'utf8')) as HistoryFile, 5000, 'the whole export');
    expect(file.format).toBe('limit-sentinel.history');
    expect(file.accounts.map((a) => a.id).sort()).toEqual(before.accounts.map((a) => a.account.id).sort());

    await popup.click('.data button.danger-link'); // 删除全部数据
    await popup.click('.data .confirm button.danger'); // 确认删除
    await popup.waitForSelector('.empty');
    expect((await dashboard(popup)).accounts).toEqual([]);

    const input = await popup.$('.data input[type=file]');
    await input!.uploadFile(path);
    await waitFor(
      async () => (await popup.$eval('.data .ok', (el) => el.textContent).catch(() => ''))?.startsWith('导入完成：新增'),
      10_000,
      'the import',
    );
    const after = await dashboard(popup);
    expect(after.accounts.map((a) => [a.account.id, a.latest])).toEqual(before.accounts.map((a) => [a.account.id, a.latest]));
    const again = (await ask<{ file: HistoryFile }>(popup, { type: 'ui:export' })).file;
    expect({ ...again, exportedAt: file.exportedAt }).toEqual(file);
    await waitFor(async () => (await popup.$$('.account-list .card')).length === after.accounts.length, 10_000, 'the cards back');
    expect(await errorsIn(popup)).toEqual([]);
    await popup.close();
  });
});

// Screenshot import on the dashboard in Firefox ESR with the Firefox build: a real PNG of an app
// screen is dropped onto the page, read by the packaged OCR worker and the screen reader, confirmed,
// and its account then shows in the popup. The requests the page and its worker make are watched:
// none leaves the extension.
import { readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../utils/messaging/protocol';
import { waitFor } from './support/browser';
import { ask, EXTENSION_BASE, errorsIn, launchFirefox, openExtensionPage, type FirefoxSession } from './support/firefox';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

const dashboard = async (page: Page) => (await ask<{ dashboard: Dashboard }>(page, { type: 'ui:dashboard' })).dashboard;

/** A picture dropped onto the page, as a drag from the file manager delivers it. */
async function drop(page: Page, path: string, name: string): Promise<void> {
  const bytes = Array.from(await readFile(path));
  await page.evaluate(
    (bytes, name) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/png', lastModified: Date.now() - 60_000 }));
      const at = document.querySelector('main') ?? document.body;
      at.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      at.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    bytes,
    name,
  );
}

describe('screenshot import in Firefox', () => {
  it('reads a dropped screenshot on the device, stores it on confirm, and the popup shows the account', async () => {
    const page = await openExtensionPage(s, 'dashboard.html#import');
    // Firefox reports a page's web requests (not its moz-extension:// loads) to the automation; a
    // request made here first shows the watch sees them. All are answered here: none goes out.
    const requests: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      requests.push(r.url());
      void r.respond({ status: 204, body: '' });
    });
    await page.evaluate(() => fetch('https://watch-check.invalid/').catch(() => undefined));
    await waitFor(async () => requests.includes('https://watch-check.invalid/'), 10_000, 'the watch to see a request');
    requests.length = 0;
    await page.waitForSelector('.shot-import input[type=file]');
    expect((await dashboard(page)).accounts).toEqual([]);
    await drop(page, 'tests/fixtures/ocr/jiebei-light.png', 'Screenshot_20261203-101500.png');
    await waitFor(async () => (await page.$('.shot-preview')) ?? false, 120_000, 'the preview');
    const words = await page.$eval('.shot-preview', (el) => el.textContent ?? '');
    expect(words).toContain('截图上的账户：支付宝 · 借呗');
    expect((await page.$$('.shot-box')).length).toBeGreaterThan(1);
    expect((await dashboard(page)).accounts).toEqual([]);

    await page.click('button.shot-confirm');
    await waitFor(async () => (await page.$('.shot-result')) ?? false, 20_000, 'the result');
    expect(await page.$eval('.shot-result', (el) => el.textContent)).toMatch(/^已记录 1 条新记录。/);
    const stored = (await dashboard(page)).accounts;
    expect(stored.map((a) => a.account.id)).toEqual(['alipay-jiebei']);
    expect(stored[0]?.latest).toMatchObject({ source: 'screenshot', at: '2026-12-03T02:15:00.000Z' });
    expect(await errorsIn(page)).toEqual([]);

    const popup = await openExtensionPage(s, 'popup.html');
    await popup.waitForSelector('.card-lender');
    expect(await popup.$$eval('.card-lender', (els) => els.map((e) => e.textContent))).toContain('支付宝');
    await popup.close();
    await page.close();
    expect(requests.filter((u) => !u.startsWith(EXTENSION_BASE))).toEqual([]);
  });
});

// "This is wrong" in a real Chromium with the built extension: on a tracked page the generic reader
// misreads (a footnote mark after 可用额度 taken for the available limit), the popup shows what was
// read; 不对？ removes that observation and opens the picker on the page, Undo brings the row back
// (and closes the picker), 不对？ again lets the person click the right number, and after a reload
// the page reads right.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dashboardFrom, launch, startDemoServer, stopServiceWorker, waitFor, type Session } from './support/browser';

let demo: Awaited<ReturnType<typeof startDemoServer>>;
let s: Session;
let ext: Page; // an extension page for asking the background directly
let page: Page;
const SHOTS = '.output/shots';

beforeAll(async () => {
  demo = await startDemoServer();
  s = await launch();
  // The fixture at an address of the demo site (granted in the demo build, so tracked).
  const body = await readFile('tests/e2e/fixtures/wrong-value.html', 'utf8');
  await s.context.route(demo.url + 'wrong-value.html', (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  ext = await s.context.newPage();
  await ext.goto(`chrome-extension://${s.extensionId}/popup.html`);
  page = await s.context.newPage();
  await page.goto(demo.url + 'wrong-value.html');
});

afterAll(async () => {
  await s?.close();
  await demo?.close();
});

const account = async () => (await dashboardFrom(ext)).accounts.find((a) => a.account.id.startsWith('site:127.0.0.1'));

/** The popup as it opens over the page: the page is the active tab it reads. */
async function popupOver(site: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.emulateMedia({ colorScheme });
  await site.bringToFront();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await popup.locator('.tab-reading').waitFor({ timeout: 10_000 });
  return popup;
}

const value = (popup: Page, field: string) => popup.locator(`.tab-reading .reading-value[data-field="${field}"] dd`).textContent();

describe('this is wrong', () => {
  it('shows what the generic reader took from the page: a footnote mark as the available limit', async () => {
    const read = await waitFor(async () => (await account())?.latest?.availableLimit === 1 && (await account()), 15_000, 'the misread');
    expect(read.latest).toMatchObject({ availableLimit: 1, totalLimit: 20000, source: 'page' });
    // The browser stops an idle worker: what the tab read is kept in storage.session, not in memory.
    await stopServiceWorker(s);
    const popup = await popupOver(page);
    await expect(popup.locator('.tab-reading h2').textContent()).resolves.toBe('本页读到');
    await expect(value(popup, 'availableLimit')).resolves.toBe('¥1.00');
    await expect(value(popup, 'totalLimit')).resolves.toBe('¥20,000.00');
    await popup.screenshot({ path: `${SHOTS}/wrong-value-popup-zh.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${SHOTS}/wrong-value-popup-zh-dark.png`, fullPage: true });
    await popup.close();
  });

  it('不对？ removes the observation and opens the picker; Undo puts it back and closes the picker', async () => {
    const popup = await popupOver(page);
    await popup.getByRole('button', { name: /读错了/ }).click();
    await popup.locator('.reading-note', { hasText: '已删除这条记录' }).waitFor();
    await waitFor(async () => (await account())?.observationCount === 0, 10_000, 'the removal');
    expect((await account())?.latest).toBeUndefined();
    await expect(popup.locator('.tab-reading .reading-account').count()).resolves.toBe(0);
    // The popup's account list follows (the rules ran again and published the snapshot).
    await expect.poll(() => popup.locator('.account-list').textContent()).not.toContain('¥1.00');
    await expect(page.locator('limit-sentinel-picker .bar').textContent()).resolves.toContain('「可用额度」（第 1 项，共 2 项）');
    await popup.screenshot({ path: `${SHOTS}/wrong-value-removed-zh.png`, fullPage: true });

    await popup.getByRole('button', { name: '撤销' }).click();
    await waitFor(async () => (await account())?.latest?.availableLimit === 1, 10_000, 'the undo');
    await page.locator('limit-sentinel-picker').waitFor({ state: 'detached', timeout: 5000 });
    await expect(value(popup, 'availableLimit')).resolves.toBe('¥1.00');
    await popup.close();
  });

  it('不对？ again: the person clicks the right number, and the page reads right after a reload', async () => {
    const popup = await popupOver(page);
    await popup.getByRole('button', { name: /读错了/ }).click();
    await waitFor(async () => (await account())?.observationCount === 0, 10_000, 'the removal');
    await page.locator('limit-sentinel-picker .bar').waitFor();
    await page.click('#available');
    const panel = page.locator('limit-sentinel-picker .panel');
    await expect(panel.locator('select').inputValue()).resolves.toBe('availableLimit');
    await expect(panel.locator('.reads').textContent()).resolves.toBe('读作：¥8,600.00');
    await page.screenshot({ path: `${SHOTS}/wrong-value-picker-zh.png` });
    await panel.locator('button.primary').click();
    // The next field read: the total was right, so it is skipped.
    const bar = page.locator('limit-sentinel-picker .bar');
    await bar.filter({ hasText: '「总额度」（第 2 项，共 2 项）' }).waitFor({ timeout: 5000 });
    await expect(bar.textContent()).resolves.toMatch(/^已保存「可用额度」。/);
    await bar.getByRole('button', { name: '跳过' }).click();
    await page.locator('limit-sentinel-picker').waitFor({ state: 'detached', timeout: 5000 });
    // The content script read the page again with the new rule at once.
    await waitFor(async () => (await account())?.latest?.availableLimit === 8600, 15_000, 'the picked value');
    const rules = await ext.evaluate(async () => (await chrome.storage.local.get('siteRules')).siteRules as Record<string, unknown[]>);
    expect(rules[new URL(demo.url).origin]).toEqual([expect.objectContaining({ field: 'availableLimit' })]);
    // The popup still open shows the new reading once the history changed.
    await expect.poll(() => value(popup, 'availableLimit'), { timeout: 10_000 }).toBe('¥8,600.00');
    await popup.close();

    // The next visit: a fresh page load, read with the site's rule.
    const before = (await account())!.lastSeenAt!;
    await page.reload();
    const after = await waitFor(
      async () => ((await account())?.lastSeenAt ?? '') > before && (await account()),
      15_000,
      'a read after the reload',
    );
    expect(after.latest).toMatchObject({ availableLimit: 8600, totalLimit: 20000 });
    expect(after.observationCount).toBe(1);
    const again = await popupOver(page);
    await expect(value(again, 'availableLimit')).resolves.toBe('¥8,600.00');
    await again.close();
  });

  it('speaks English when the language setting says so', async () => {
    await ext.evaluate(() => chrome.storage.local.set({ language: 'en' }));
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await popupOver(page, scheme);
      await expect(popup.locator('.tab-reading h2').textContent()).resolves.toBe('Read on this page');
      await expect(
        popup.getByRole('button', { name: /^Read wrong: remove this record and point at the right numbers/ }).textContent(),
      ).resolves.toBe('Wrong?');
      await expect(value(popup, 'availableLimit')).resolves.toBe('¥8,600.00');
      await popup.screenshot({ path: `${SHOTS}/wrong-value-popup-en${scheme === 'dark' ? '-dark' : ''}.png`, fullPage: true });
      await popup.close();
    }
  });
});

// "Pick on page" in a real Chromium with the built extension: on a tracked demo page whose labels
// the generic reader does not know, the person starts the picker from the popup, clicks the number,
// says what it is and saves; the value is recorded, and still after the page re-renders it with new
// wrappers and class names, and after a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dashboardFrom, launch, openPopup, startDemoServer, waitFor, type Session } from './support/browser';

let demo: Awaited<ReturnType<typeof startDemoServer>>;
let s: Session;
let popup: Page;
let page: Page;

beforeAll(async () => {
  demo = await startDemoServer();
  s = await launch();
  popup = await openPopup(s);
  page = await s.context.newPage();
  await page.goto(demo.url + 'app-card.html');
});

afterAll(async () => {
  await s?.close();
  await demo?.close();
});

const account = async () => (await dashboardFrom(popup)).accounts.find((a) => a.account.id.startsWith('site:127.0.0.1'));
const tabId = () =>
  popup.evaluate(async () => (await chrome.tabs.query({ url: 'http://127.0.0.1/*' })).find((t) => t.url?.endsWith('app-card.html'))?.id);

describe('the element picker', () => {
  it('records nothing before a pick: the generic reader does not know these labels', async () => {
    await page.waitForTimeout(2500);
    expect(await account()).toBeUndefined();
  });

  it('lets the person pick the number, say what it is and save it; the value is recorded', async () => {
    const id = await waitFor(tabId, 10_000, 'the demo tab');
    const reply = await popup.evaluate((tab) => chrome.runtime.sendMessage({ type: 'ui:start-picker', tabId: tab }), id);
    expect(reply).toEqual({ ok: true });
    await page.locator('limit-sentinel-picker .bar').waitFor();
    await page.locator('.num').first().click();
    const panel = page.locator('limit-sentinel-picker .panel');
    await expect(panel.locator('.picked').textContent()).resolves.toBe('8,888.00');
    await panel.locator('select').selectOption('availableLimit');
    await expect(panel.locator('.reads').textContent()).resolves.toBe('读作：¥8,888.00');
    await page.screenshot({ path: '.output/shots/picker-panel-zh.png' });
    await panel.locator('button.primary').click();
    await panel.locator('.status', { hasText: '已保存' }).waitFor({ timeout: 5000 });
    const saved = await waitFor(
      async () => (await account())?.latest?.availableLimit === 8888 && (await account()),
      15_000,
      'the picked value',
    );
    expect(saved.latest).toMatchObject({ availableLimit: 8888, source: 'page' });
    // The click that picked went to the picker, not to the page.
    await page.locator('limit-sentinel-picker').waitFor({ state: 'detached', timeout: 5000 });
  });

  it('keeps reading the picked value after the page re-renders it, and after a reload', async () => {
    await page.click('#refresh'); // new wrappers, class names and an ad block: the path no longer fits
    await waitFor(async () => (await account())?.latest?.availableLimit === 7777, 15_000, 'the re-rendered value');
    // A fresh page load: a new content script, handed the saved rule at injection.
    await page.reload();
    await waitFor(async () => (await account())?.latest?.availableLimit === 8888, 15_000, 'a read after the reload');
    await page.click('#refresh');
    await waitFor(async () => (await account())?.latest?.availableLimit === 7777, 15_000, 'the re-render after the reload');
    expect((await account())!.observationCount).toBe(4); // 8,888 · 7,777 · 8,888 again after the reload · 7,777
    const rules = await popup.evaluate(async () => (await chrome.storage.local.get('siteRules')).siteRules);
    expect(Object.keys(rules as object)).toEqual([new URL(demo.url).origin]);
  });

  it('speaks English when the language setting says so, and Esc closes it without saving', async () => {
    await popup.evaluate(() => chrome.storage.local.set({ language: 'en' }));
    const reply = await popup.evaluate((tab) => chrome.runtime.sendMessage({ type: 'ui:start-picker', tabId: tab }), await tabId());
    expect(reply).toEqual({ ok: true });
    await expect(page.locator('limit-sentinel-picker .bar').textContent()).resolves.toMatch(/^Limit Sentinel: click a number/);
    await page.locator('.num').nth(1).click();
    const panel = page.locator('limit-sentinel-picker .panel');
    await expect(panel.locator('select').inputValue()).resolves.toBe('totalLimit');
    await expect(panel.locator('.reads').textContent()).resolves.toBe('Reads as: ¥20,000.00');
    await page.screenshot({ path: '.output/shots/picker-panel-en.png' });
    await page.keyboard.press('Escape');
    await page.locator('limit-sentinel-picker').waitFor({ state: 'detached', timeout: 5000 });
    const rules = await popup.evaluate(async () => (await chrome.storage.local.get('siteRules')).siteRules as Record<string, unknown[]>);
    expect(Object.values(rules)[0]).toHaveLength(1);
  });

  it('refuses to start the picker on a site that is not tracked', async () => {
    const other = await s.context.newPage();
    await other.route('https://h5.unlisted-lender.example/**', (r) =>
      r.fulfill({ status: 200, contentType: 'text/html', body: '<p>额度</p>' }),
    );
    await other.goto('https://h5.unlisted-lender.example/quota');
    const id = await popup.evaluate(
      async () =>
        (await chrome.tabs.query({})).find((t) => !t.url?.startsWith('http://127.0.0.1') && !t.url?.startsWith('chrome-extension:'))?.id,
    );
    const reply = await popup.evaluate((tab) => chrome.runtime.sendMessage({ type: 'ui:start-picker', tabId: tab }), id ?? 0);
    expect(reply).toMatchObject({ ok: false, code: 'forbidden' });
    await other.close();
  });
});

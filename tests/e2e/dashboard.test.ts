// The dashboard page in a real Chromium with the demo build: an imported history, the popup's
// "打开完整面板" opening it in a tab, the accounts, the factors, a uPlot chart (canvas) with a keyboard read-out,
// the raw rows as a table, the timeline with a filter; screenshots in Chinese, dark, and English
// land in .output/shots/ (looked at by hand). One browser launch.
import { mkdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryFile } from '../../utils/model/types';
import { shiftedHistory } from '../../scripts/lib/shifted-history';
import { dashboardFrom, launch, openPopup, waitFor, type Session } from './support/browser';

const SHOTS = '.output/shots';
let s: Session;

beforeAll(async () => {
  s = await launch();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await s?.close();
});

describe('dashboard in Chromium', () => {
  it('opens from the popup and shows the accounts, a chart, the rows and the timeline', async () => {
    const file = JSON.parse(await readFile('tests/fixtures/histories/sample-cut.json', 'utf8')) as HistoryFile;
    const popup = await openPopup(s);
    const reply = await popup.evaluate(
      (t) => chrome.runtime.sendMessage({ type: 'ui:import', text: t }),
      JSON.stringify(shiftedHistory(file, Date.now())),
    );
    expect(reply).toMatchObject({ ok: true });
    await waitFor(async () => (await dashboardFrom(popup)).alerts.length > 0, 15_000, 'the alerts');
    await popup.reload();
    await popup.waitForSelector('.account-list .card');
    await popup.screenshot({ path: `${SHOTS}/popup-dashboard-link-zh.png` });

    const [page] = await Promise.all([s.context.waitForEvent('page'), popup.getByRole('button', { name: '打开完整面板' }).click()]);
    expect(page.url()).toBe(`chrome-extension://${s.extensionId}/dashboard.html`);
    await page.setViewportSize({ width: 1200, height: 1100 });
    await page.waitForSelector('.accounts .account');
    expect(await page.locator('.accounts .account-name').allTextContents()).toEqual(
      expect.arrayContaining(['京东 白条', '支付宝 借呗', '微众银行 微粒贷']),
    );
    // The factors, as of now, from the imported history's inquiries and balances.
    await page.waitForSelector('.factors tbody tr');
    expect(await page.locator('.factors').textContent()).toContain('近 30 天硬查询');

    // 支付宝 借呗: its borrows and repays are marks on the chart.
    await page.locator('.accounts .account', { hasText: '支付宝 借呗' }).click();
    await page.getByRole('button', { name: '全部', exact: true }).click();
    await page.waitForSelector('.chart canvas');
    const chart = page.getByRole('group', { name: /支付宝 借呗\u2069? 的额度图表/ });
    await chart.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.chart-readout').textContent()).toMatch(/总额度 ¥/);
    let sawBorrow = false;
    for (let i = 0; i < 12 && !sawBorrow; i++) {
      await page.keyboard.press('ArrowRight');
      sawBorrow = /借款 ¥/.test((await page.locator('.chart-readout').textContent()) ?? '');
    }
    expect(sawBorrow).toBe(true);
    await page.screenshot({ path: `${SHOTS}/dashboard-zh.png`, fullPage: true });

    await page.getByRole('button', { name: '表格', exact: true }).click();
    await page.waitForSelector('.history-table tbody tr');
    expect(await page.locator('.history-table tbody tr').count()).toBe(3);
    expect(await page.locator('.history-table caption').textContent()).toBe('支付宝 借呗 的全部记录（最新在前）');

    // The timeline: every event, then only inquiries.
    await page.waitForSelector('.events .event');
    expect(await page.locator('.events .event').count()).toBe(file.events.length);
    for (const kind of ['申请', '开户', '借款', '还款']) await page.getByRole('checkbox', { name: kind }).uncheck();
    await expect.poll(() => page.locator('.events .event').count()).toBe(file.events.filter((e) => e.kind === 'inquiry').length);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: '图表', exact: true }).click();
    await page.waitForSelector('.chart canvas');
    await page.screenshot({ path: `${SHOTS}/dashboard-zh-dark.png`, fullPage: true });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');

    // English, from the same language setting as the popup; light again.
    await page.evaluate(() => chrome.storage.local.set({ language: 'en' }));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await page.waitForSelector('.chart canvas');
    expect(await page.locator('h1').textContent()).toBe('Limit Sentinel · Dashboard');
    await page.screenshot({ path: `${SHOTS}/dashboard-en.png`, fullPage: true });
  });
});

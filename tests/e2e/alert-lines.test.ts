// One line per change and a dashboard that leads with what is wrong, in a real Chromium with the demo
// build: the demo history's cut of 京东白条 is one line in the popup and on the dashboard (opened from
// the keyboard, it shows each alert's evidence); an alert shows on its account's chart with its
// instant drawn as a vertical line; and with the dashboard open, a lender page read in another tab
// appears on it without a reload. Screenshots of the dashboard's top (Chinese and English, light and
// dark) land in .output/shots/ (looked at by hand).
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryFile } from '../../utils/model/types';
import { shiftedHistory } from '../../scripts/lib/shifted-history';
import { dashboardFrom, launch, openPopup, routeLenderPages, waitFor, type Session } from './support/browser';

const SHOTS = '.output/shots';
const CUT = '京东 白条 额度下降';
let s: Session;

beforeAll(async () => {
  s = await launch();
  await routeLenderPages(s.context);
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await s?.close();
});

async function openDashboard(): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${s.extensionId}/dashboard.html`);
  await page.waitForSelector('.dash-alerts .alert');
  return page;
}

/** Pixels of the chart's canvas in the alert mark's colour, per column: the tallest column's count. */
function markColumn(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.chart canvas') as HTMLCanvasElement;
    const want = getComputedStyle(document.documentElement).getPropertyValue('--chart-alert').trim();
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(want.slice(i, i + 2), 16));
    const { width, height } = canvas;
    const px = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    let best = 0;
    for (let x = 0; x < width; x++) {
      let n = 0;
      for (let y = 0; y < height; y++) {
        const i = (y * width + x) * 4;
        if (Math.abs(px[i]! - r!) <= 2 && Math.abs(px[i + 1]! - g!) <= 2 && Math.abs(px[i + 2]! - b!) <= 2) n++;
      }
      best = Math.max(best, n);
    }
    return best / height;
  });
}

describe('alert lines in Chromium', () => {
  it("shows the demo history's cut of 白条 as one line in the popup, opening to each alert", async () => {
    const file = JSON.parse(await readFile('tests/fixtures/histories/sample-cut.json', 'utf8')) as HistoryFile;
    const popup = await openPopup(s, 400, 900);
    const reply = await popup.evaluate(
      (t) => chrome.runtime.sendMessage({ type: 'ui:import', text: t }),
      JSON.stringify(shiftedHistory(file, Date.now())),
    );
    expect(reply).toMatchObject({ ok: true });
    const board = await waitFor(async () => {
      const d = await dashboardFrom(popup);
      return d.alerts.length > 0 && d;
    });
    const cutAlerts = board.alerts.filter(
      (a) => a.accountId === 'jd-baitiao' && ['limit-drop', 'limit-zeroed', 'status-worsened'].includes(a.rule),
    );
    expect(cutAlerts).toHaveLength(3);
    await popup.reload();
    await popup.waitForSelector('.alert');
    const more = popup.getByRole('button', { name: /^显示其余/ });
    if (await more.count()) await more.click();
    // Fewer lines than alerts; the cut is one of them.
    expect(await popup.locator('.alert-list .alert').count()).toBeLessThan(board.alerts.length);
    const line = popup.locator('.alert-list .alert', { has: popup.locator('.alert-title', { hasText: CUT }) });
    expect(await line.count()).toBe(1);
    expect(await line.locator('.alert-also').textContent()).toBe('同时：额度清零 · 账户状态变差');
    const head = line.locator('.alert-head');
    expect(await head.getAttribute('aria-expanded')).toBe('false');
    await head.focus();
    await popup.keyboard.press('Enter');
    expect(await head.getAttribute('aria-expanded')).toBe('true');
    expect(await line.locator('.alert-evidence').evaluateAll((es) => es.map((e) => e.getAttribute('data-rule')))).toEqual([
      'limit-drop',
      'limit-zeroed',
      'status-worsened',
    ]);
    await popup.screenshot({ path: `${SHOTS}/popup-lines-zh.png`, fullPage: true });
    await popup.close();
  });

  it('leads the dashboard with the level and the lines, and shows an alert on its chart with its instant marked', async () => {
    const page = await openDashboard();
    const order = await page.locator('.dash-alerts, .factors, .accounts, .history').evaluateAll((es) => es.map((e) => e.className));
    expect(order).toEqual(['dash-alerts', 'factors', 'accounts', 'history']);
    expect(await page.locator('.dash-alerts .risk-level').textContent()).toBe('极高');
    const line = page.locator('.dash-alerts .alert', { has: page.locator('.alert-title', { hasText: CUT }) });
    expect(await line.count()).toBe(1);
    const head = line.locator('.alert-head');
    await head.focus();
    await page.keyboard.press('Space');
    expect(await head.getAttribute('aria-expanded')).toBe('true');
    expect(await line.locator('.alert-evidence').count()).toBe(3);
    expect(await line.locator('.alert-advice li').count()).toBeGreaterThan(1);
    await page.screenshot({ path: `${SHOTS}/dashboard-top-zh.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/dashboard-top-zh-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    // Show the 额度清零 folded under the cut on the chart: 白条 chosen, its instant marked.
    await line.getByRole('button', { name: '在图表中查看：京东 白条 额度归零' }).click();
    await page.waitForSelector('.chart canvas');
    await expect.poll(() => page.locator('.accounts .current .account-name').textContent()).toBe('京东 白条');
    expect(await page.locator('.chart-mark-note').textContent()).toContain('京东 白条 额度归零');
    await expect.poll(() => markColumn(page), { timeout: 5000 }).toBeGreaterThan(0.5);
    await page.locator('.history').screenshot({ path: `${SHOTS}/dashboard-alert-on-chart-zh.png` });

    // A line whose instant is past the range shown widens it: 提额 closed months before the cut.
    await page.getByRole('button', { name: '近3个月' }).click();
    const early = page.locator('.dash-alerts .alert', { has: page.locator('.alert-title', { hasText: '京东 白条 提额入口关闭' }) });
    await early.locator('.alert-head').click();
    await early.getByRole('button', { name: '在图表中查看：京东 白条 提额入口关闭' }).click();
    await expect.poll(() => page.getByRole('button', { name: '近1年' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('.chart-mark-note').textContent()).toContain('提额入口关闭');
    await expect.poll(() => markColumn(page), { timeout: 5000 }).toBeGreaterThan(0.5);
    await page.close();
  });

  it('speaks English, light and dark', async () => {
    const popup = await openPopup(s);
    await popup.evaluate(() => chrome.storage.local.set({ language: 'en' }));
    await popup.close();
    const page = await openDashboard();
    expect(await page.locator('h1').textContent()).toBe('Limit Sentinel · Dashboard');
    await page.locator('.dash-alerts .alert').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/dashboard-top-en.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/dashboard-top-en-dark.png` });
    expect(await page.locator('.dash-alerts h2').last().textContent()).toMatch(/^Changes to look at \(\d+\)$/);
    await page.close();
  });
  it('follows a capture in another tab without a reload', async () => {
    const page = await openDashboard();
    await page.locator('.accounts .account', { hasText: '京东 白条' }).click();
    await page.waitForSelector('.chart canvas');
    const rows = () => page.locator('.history-body .muted.small').textContent();
    const before = await rows();
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    expect(await page.locator('.accounts .account-name').allTextContents()).not.toContain('京东 金条');

    const lender = await s.context.newPage();
    await lender.goto('https://baitiao.jd.com/v3/ious/list');
    // 京东金条, read on the same page, is a new account; 白条's chart reads its new row.
    await expect.poll(() => page.locator('.accounts .account-name').allTextContents(), { timeout: 20_000 }).toContain('京东 金条');
    await expect.poll(rows, { timeout: 10_000 }).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await lender.close();
    await page.close();
  });
});

// Screenshot import on the dashboard in Chromium with the built extension: a real PNG of an app
// screen (rendered from an app-like page) is pasted onto the page, read by the packaged OCR worker
// and the screen reader, previewed with its boxes, confirmed, and its account then shows in the
// popup; no request leaves the extension. Screenshots of the preview (Chinese and English, light and
// dark) go to .output/shots/.
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardFrom, launch, openPopup, type Session } from './support/browser';

const SHOTS = '.output/shots';
const PICTURE = 'tests/fixtures/ocr/jiebei-light.png';

let s: Session;
const requests: string[] = [];
beforeAll(async () => {
  s = await launch();
  s.context.on('request', (r) => requests.push(r.url()));
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await s?.close();
});

async function openDashboard(session: Session, hash = '#import'): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.goto(`chrome-extension://${session.extensionId}/dashboard.html${hash}`);
  await page.waitForSelector('.shot-import input[type=file]', { state: 'attached' });
  return page;
}

/** Ctrl+V of a picture: a paste event carrying the file, as the browser fires it. */
async function paste(page: Page, path: string, name: string): Promise<void> {
  const bytes = Array.from(await readFile(path));
  await page.evaluate(
    ({ bytes, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/png', lastModified: Date.now() - 60_000 }));
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { bytes, name },
  );
}

async function shot(page: Page, path: string): Promise<void> {
  await page.locator('.shot-import').screenshot({ path });
}

describe('screenshot import in Chromium', () => {
  it('reads a pasted screenshot on the device, stores it on confirm, and the popup shows the account', async () => {
    requests.length = 0;
    const page = await openDashboard(s);
    expect((await dashboardFrom(page)).accounts).toEqual([]);
    await paste(page, PICTURE, 'Screenshot_20261203-101500.png');
    const preview = await page.waitForSelector('.shot-preview', { timeout: 90_000 });
    const words = (await preview.textContent()) ?? '';
    expect(words).toContain('截图上的账户：支付宝 · 借呗');
    expect(words).toContain('读自：');
    expect(await page.locator('.shot-box').count()).toBeGreaterThan(1);
    expect(await page.inputValue('input[type=datetime-local]')).toMatch(/^2026-12-03T10:15(:00)?$/);
    // Nothing is stored before the confirm.
    expect((await dashboardFrom(page)).accounts).toEqual([]);
    await shot(page, `${SHOTS}/dashboard-screenshot-preview-zh.png`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, `${SHOTS}/dashboard-screenshot-preview-zh-dark.png`);
    await page.emulateMedia({ colorScheme: 'light' });

    await page.click('button.shot-confirm');
    expect(await (await page.waitForSelector('.shot-result')).textContent()).toMatch(/^已记录 1 条新记录。/);
    const stored = (await dashboardFrom(page)).accounts;
    expect(stored.map((a) => a.account.id)).toEqual(['alipay-jiebei']);
    expect(stored[0]?.latest).toMatchObject({ source: 'screenshot', at: '2026-12-03T02:15:00.000Z' });
    // The picture's object URL is gone with its preview.
    expect(await page.locator('.shot-canvas img').count()).toBe(0);

    const popup = await openPopup(s);
    await popup.waitForSelector('.card-lender');
    expect(await popup.locator('.card-lender').allTextContents()).toContain('支付宝');
    await popup.screenshot({ path: `${SHOTS}/popup-after-screenshot-import.png` });
    await popup.close();
    await page.close();
    // The extension's own files, and the picture's object URL (in memory): nothing else.
    const own = (u: string) =>
      u.startsWith(`chrome-extension://${s.extensionId}/`) || u.startsWith(`blob:chrome-extension://${s.extensionId}/`);
    expect(requests.filter((u) => !own(u))).toEqual([]);
    expect(requests.some((u) => u.endsWith('/ocr/ch_PP-OCRv4_rec_infer.onnx'))).toBe(true);
  });

  it('refuses a PDF pasted as a picture in words, without the worker, and stores nothing', async () => {
    const page = await openDashboard(s);
    const before = (await dashboardFrom(page)).accounts.length;
    await paste(page, 'tests/fixtures/reports/not-a-report.pdf', 'report.png');
    expect(await (await page.waitForSelector('.shot-refused')).textContent()).toBe('report.png：不是 PNG、JPEG 或 WebP 图片，没有读取。');
    expect((await dashboardFrom(page)).accounts.length).toBe(before);
    await page.close();
  });

  it('previews in English', async () => {
    const en = await launch({ lang: 'en-US' });
    try {
      const page = await openDashboard(en);
      await paste(page, PICTURE, 'Screenshot_20261203-101500.png');
      const preview = await page.waitForSelector('.shot-preview', { timeout: 90_000 });
      const words = (await preview.textContent()) ?? '';
      expect(words).toContain('Account named on the screen: 支付宝 · 借呗');
      expect(words).not.toContain('import.shot');
      await shot(page, `${SHOTS}/dashboard-screenshot-preview-en.png`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, `${SHOTS}/dashboard-screenshot-preview-en-dark.png`);
    } finally {
      await en.close();
    }
  });
});

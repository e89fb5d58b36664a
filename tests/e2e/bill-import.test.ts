// Bill import on the options page in Chromium with the built extension: a GBK Alipay export is
// previewed, imported (its accounts then exist), and imported again without adding anything.
// Screenshots of the preview in both languages go to .output/shots/.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardFrom, launch, type Session } from './support/browser';

const SHOTS = '.output/shots';
const INPUT = '.bill-import input[type=file]';

let s: Session;
beforeAll(async () => {
  s = await launch();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await s?.close();
});

async function openOptions(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.waitForSelector(INPUT, { state: 'attached' });
  return page;
}

/** The bill import section with a margin of the page around it. */
async function shot(page: Page, path: string): Promise<void> {
  // In page coordinates (a full-page clip), not the viewport's: the page may have scrolled.
  const box = await page.locator('.bill-import').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({ path, fullPage: true, clip: { x: box.x - 16, y: box.y - 8, width: box.width + 32, height: box.height + 24 } });
}

async function importBill(page: Page, file: string): Promise<string> {
  await page.setInputFiles(INPUT, file);
  await page.waitForSelector('.bill-preview');
  await page.click('button.bill-confirm');
  return (await page.waitForSelector('.bill-result')).textContent() as Promise<string>;
}

describe('bill import in Chromium', () => {
  it('previews a GBK Alipay bill, imports it once, and adds nothing the second time', async () => {
    const page = await openOptions(s);
    expect(await dashboardFrom(page).then((d) => d.accounts.length)).toBe(0);
    await page.setInputFiles(INPUT, 'tests/fixtures/bills/alipay-gbk.csv');
    const preview = await page.waitForSelector('.bill-preview');
    const words = await preview.textContent();
    expect(words).toContain('alipay-gbk.csv：识别为支付宝账单');
    expect(words).toContain('支付宝 · 借呗');
    expect(words).toContain('中国工商银行（信用卡还款）');
    await shot(page, `${SHOTS}/options-bill-preview-zh.png`);
    // Nothing is stored before the confirm.
    expect((await dashboardFrom(page)).accounts).toEqual([]);

    const count = Number(/\d+/.exec((await page.textContent('button.bill-confirm')) ?? '')?.[0]);
    expect(count).toBeGreaterThan(0);
    await page.click('button.bill-confirm');
    const result = await page.waitForSelector('.bill-result');
    expect(await result.textContent()).toBe(`已导入 ${count} 条。新增 2 个账户。`);
    const ids = (await dashboardFrom(page)).accounts.map((a) => a.account.id).sort();
    expect(ids).toEqual(['alipay-huabei', 'alipay-jiebei']);

    expect(await importBill(page, 'tests/fixtures/bills/alipay-gbk.csv')).toBe(`没有新内容：这份账单的 ${count} 条记录都已导入过。`);
    expect((await dashboardFrom(page)).accounts.map((a) => a.account.id).sort()).toEqual(ids);
    await page.close();
  });

  it('refuses a file that is not a bill and stores nothing', async () => {
    const page = await openOptions(s);
    const before = (await dashboardFrom(page)).accounts.length;
    await page.setInputFiles(INPUT, 'tests/fixtures/bills/bank-statement.csv');
    expect(await (await page.waitForSelector('.bill-refused')).textContent()).toContain('不是能识别的账单');
    expect((await dashboardFrom(page)).accounts.length).toBe(before);
    await page.close();
  });

  it('previews in English, with the rows it could not place', async () => {
    const en = await launch({ lang: 'en-US' });
    try {
      const page = await openOptions(en);
      await page.setInputFiles(INPUT, 'tests/fixtures/bills/alipay-utf8.csv');
      const preview = await page.waitForSelector('.bill-preview');
      const words = (await preview.textContent()) ?? '';
      expect(words).toContain('alipay-utf8.csv: read as an Alipay bill');
      expect(words).toContain('could not be read');
      expect(words).toContain('Alipay Huabei (支付宝 · 花呗)');
      expect(words).not.toContain('options.bills');
      await shot(page, `${SHOTS}/options-bill-preview-en.png`);
    } finally {
      await en.close();
    }
  });
});

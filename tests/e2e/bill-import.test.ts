// Bill import on the options page in Chromium with the built extension: a GBK Alipay export is
// previewed, imported (its accounts then exist), and imported again without adding anything; it is
// parsed in the packaged worker (bills/worker.js), which is gone once the file is read; a large bill
// leaves the page answering while it is read, and a cancel ends its worker.
// Screenshots of the preview in both languages go to .output/shots/.
import { mkdir } from 'node:fs/promises';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticAlipayBill } from '../../scripts/bench/bills';
import { dashboardFrom, launch, waitFor, type Session } from './support/browser';

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

/** The page's workers as they start, each with whether it has closed. */
function watchWorkers(page: Page): { url: string; closed: boolean }[] {
  const seen: { url: string; closed: boolean }[] = [];
  page.on('worker', (w: Worker) => {
    const entry = { url: w.url(), closed: false };
    seen.push(entry);
    w.on('close', () => (entry.closed = true));
  });
  return seen;
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

  it('reads the bill in the packaged worker, which is gone once the file is read', async () => {
    const page = await openOptions(s);
    const workers = watchWorkers(page);
    await page.setInputFiles(INPUT, 'tests/fixtures/bills/wechat.csv');
    await page.waitForSelector('.bill-preview');
    expect(workers.map((w) => w.url)).toEqual([`chrome-extension://${s.extensionId}/bills/worker.js`]);
    await waitFor(async () => workers[0]!.closed, 5_000, 'the worker to close');
    await page.close();
  });

  it('answers while a large bill is read, and a cancel ends the worker and keeps nothing', async () => {
    const page = await openOptions(s);
    const workers = watchWorkers(page);
    // 200,000 rows (24 MB), made in the page: 2,000 rows again and again after one header, each
    // time with other order numbers (no duplicates), set on the input as a picker does.
    const bill = syntheticAlipayBill(2_000);
    const header = bill.indexOf('\r\n', bill.indexOf('交易时间')) + 2;
    await page.evaluate(
      ({ head, rows, selector }) => {
        const parts = Array.from({ length: 100 }, (_, k) => rows.replace(/,2026(\d{18}\t)/g, `,${1000 + k}$1`));
        const file = new File([head, ...parts], 'alipay-200k.csv', { type: 'text/csv' });
        const data = new DataTransfer();
        data.items.add(file);
        const input = document.querySelector<HTMLInputElement>(selector)!;
        input.files = data.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { head: bill.slice(0, header), rows: bill.slice(header), selector: INPUT },
    );
    await page.waitForSelector('.bill-progress progress:not([value="0"])', { timeout: 30_000 });
    // Mid-reading, the page's own thread runs a task and paints a frame: the parse is not on it.
    const answered = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          setTimeout(() => requestAnimationFrame(() => resolve(!!document.querySelector('.bill-progress'))), 0),
        ),
    );
    expect(answered).toBe(true);
    await page.click('button.import-cancel');
    await page.waitForSelector('.import-cancelled');
    await waitFor(async () => workers.length === 1 && workers[0]!.closed, 5_000, 'the worker to close');
    expect(await page.$('.bill-preview')).toBeNull();
    expect(await page.$('.bill-refused')).toBeNull();
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

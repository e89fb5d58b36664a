// Bill import on the options page in Firefox ESR with the Firefox build: a GBK Alipay export set on
// the file input is parsed in the packaged module worker (bills/worker.js, started by its
// moz-extension:// URL), previewed, and stored on confirm; a file that is not a bill is refused in
// plain words. No error reaches the page.
import { readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../utils/messaging/protocol';
import { waitFor } from './support/browser';
import { ask, errorsIn, launchFirefox, openExtensionPage, type FirefoxSession } from './support/firefox';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

const INPUT = '.bill-import input[type=file]';
const dashboard = async (page: Page) => (await ask<{ dashboard: Dashboard }>(page, { type: 'ui:dashboard' })).dashboard;

/** A file set on the bill input as a picker does. */
async function pick(page: Page, path: string): Promise<void> {
  const bytes = Array.from(await readFile(path));
  const name = path.split('/').at(-1)!;
  await page.evaluate(
    (bytes, name, selector) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
      const input = document.querySelector<HTMLInputElement>(selector)!;
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    bytes,
    name,
    INPUT,
  );
}

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

describe('bill import in Firefox', () => {
  it('reads a GBK Alipay bill in the packaged worker, previews it and stores it on confirm', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.waitForSelector(INPUT);
    expect((await dashboard(page)).accounts).toEqual([]);
    await pick(page, 'tests/fixtures/bills/alipay-gbk.csv');
    await waitFor(async () => (await page.$('.bill-preview, .bill-refused')) ?? false, 20_000, 'the preview');
    const words = await textOf(page, '.bill-import');
    expect(words).toContain('alipay-gbk.csv：识别为支付宝账单');
    expect(words).toContain('支付宝 · 借呗');
    const count = Number(/\d+/.exec(await textOf(page, 'button.bill-confirm'))?.[0]);
    expect(count).toBeGreaterThan(0);
    expect((await dashboard(page)).accounts).toEqual([]);

    await page.click('button.bill-confirm');
    await waitFor(async () => (await page.$('.bill-result')) ?? false, 20_000, 'the result');
    expect(await textOf(page, '.bill-result')).toBe(`已导入 ${count} 条。新增 2 个账户。`);
    expect((await dashboard(page)).accounts.map((a) => a.account.id).sort()).toEqual(['alipay-huabei', 'alipay-jiebei']);

    await pick(page, 'tests/fixtures/bills/bank-statement.csv');
    await waitFor(async () => (await page.$('.bill-refused')) ?? false, 20_000, 'the refusal');
    expect(await textOf(page, '.bill-refused')).toContain('不是能识别的账单');
    expect(await errorsIn(page)).toEqual([]);
    await page.close();
  });
});

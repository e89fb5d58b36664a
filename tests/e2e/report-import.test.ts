// Credit report PDF import on the options page in Chromium with the built extension: pdf.js runs in
// its packaged worker with the bundled CJK maps, the preview lists the report's accounts and
// queries, the import stores them, and the popup then shows the accounts. An encrypted PDF and a
// scanned one are refused in plain words. Screenshots go to .output/shots/.
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardFrom, launch, openPopup, waitFor, type Session } from './support/browser';

const SHOTS = '.output/shots';
const INPUT = '.report-import input[type=file]';
const REPORTS = 'tests/fixtures/reports';

let s: Session;
beforeAll(async () => {
  s = await launch();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await s?.close();
});

async function openOptions(): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.waitForSelector(INPUT, { state: 'attached' });
  return page;
}

describe('credit report PDF import in Chromium', () => {
  it('previews a 简版 PDF, imports it, and the popup shows its accounts', async () => {
    const page = await openOptions();
    await page.setInputFiles(INPUT, `${REPORTS}/pboc-credit-report-brief-gen2.pdf`);
    const preview = await page.waitForSelector('.report-preview', { timeout: 30_000 });
    const words = (await preview.textContent()) ?? '';
    expect(words).toContain('pboc-credit-report-brief-gen2.pdf：个人信用报告');
    expect(words).toContain('重庆蚂蚁消费金融有限公司 · 其他个人消费贷款');
    expect(words).toContain('查询记录 6 条，其中本人查询 2 条。');
    await page.locator('.report-import').screenshot({ path: `${SHOTS}/options-report-preview-zh.png` });
    // Nothing is stored before the confirm.
    expect((await dashboardFrom(page)).accounts).toEqual([]);
    expect(await page.textContent('button.report-confirm')).toBe('导入 8 个账户和 6 条查询记录');
    await page.click('button.report-confirm');
    expect(await (await page.waitForSelector('.report-result')).textContent()).toBe('已导入：8 条新的账户记录，6 条新的查询记录。');
    const stored = (await dashboardFrom(page)).accounts.map((a) => a.account.id);
    expect(stored).toContain('pboc:重庆蚂蚁消费金融/credit-line/20230618');
    expect(stored).toHaveLength(8);

    // The same report again adds nothing.
    await page.setInputFiles(INPUT, `${REPORTS}/pboc-credit-report-brief-gen2.pdf`);
    await page.waitForSelector('.report-preview', { timeout: 30_000 });
    await page.click('button.report-confirm');
    expect(await (await page.waitForSelector('.report-result')).textContent()).toBe(
      '已导入：0 条新的账户记录，0 条新的查询记录。8 个账户的数值与已有记录相同，只更新了最后看到的时间。',
    );
    await page.close();

    const popup = await openPopup(s);
    await popup.waitForSelector('.card-lender');
    const lenders = await popup.locator('.card-lender').allTextContents();
    expect(lenders).toContain('重庆蚂蚁消费金融有限公司');
    expect(lenders).toContain('中信银行股份有限公司信用卡中心');
    await popup.screenshot({ path: `${SHOTS}/popup-after-report-import.png` });
    await popup.close();
  });

  it('reads the 详版 on the report’s web page, and its PDF afterwards adds nothing: one history', async () => {
    const url = 'https://ipcrs.pbccrc.org.cn/reportAction.do?method=queryReport';
    const body = await readFile('tests/fixtures/pages/pboc-credit-report-detailed-gen2.html', 'utf8');
    await s.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    const report = await s.context.newPage();
    await report.goto(url);
    const options = await openOptions();
    const ids = [
      'pboc:重庆蚂蚁消费金融/credit-line/20210315',
      'pboc:中国建设银行/installment-loan/20120618',
      'pboc:招商银行/credit-card/20180315',
      'pboc:中国工商银行/credit-card/20160702',
    ];
    const stored = await waitFor(
      async () => {
        const d = await dashboardFrom(options);
        return ids.every((id) => d.accounts.some((a) => a.account.id === id)) && d;
      },
      20_000,
      'the report page’s accounts',
    );
    // Timed at the report's time (报告时间 2026-11-03 09:15:02, China), not at the moment of reading.
    expect(stored.accounts.find((a) => a.account.id === ids[2])?.latest?.at).toBe('2026-11-03T01:15:02.000Z');
    await report.close();

    await options.setInputFiles(INPUT, `${REPORTS}/pboc-credit-report-detailed-gen2.pdf`);
    await options.waitForSelector('.report-preview', { timeout: 30_000 });
    await options.click('button.report-confirm');
    expect(await (await options.waitForSelector('.report-result')).textContent()).toBe(
      '已导入：0 条新的账户记录，0 条新的查询记录。4 个账户的数值与已有记录相同，只更新了最后看到的时间。',
    );
    await options.close();
  });

  it('refuses an encrypted and a scanned PDF in plain words and stores nothing more', async () => {
    const page = await openOptions();
    const before = (await dashboardFrom(page)).accounts.length;
    await page.setInputFiles(INPUT, `${REPORTS}/pboc-credit-report-encrypted.pdf`);
    expect(await (await page.waitForSelector('.report-refused', { timeout: 30_000 })).textContent()).toContain('已加密');
    await page.setInputFiles(INPUT, `${REPORTS}/pboc-credit-report-scanned.pdf`);
    await page.waitForFunction(() => document.querySelector('.report-refused')?.textContent?.includes('没有文字'), undefined, {
      timeout: 30_000,
    });
    await page.locator('.report-import').screenshot({ path: `${SHOTS}/options-report-scanned-zh.png` });
    await page.setInputFiles(INPUT, `${REPORTS}/not-a-report.pdf`);
    await page.waitForFunction(() => document.querySelector('.report-refused')?.textContent?.includes('不是个人信用报告'), undefined, {
      timeout: 30_000,
    });
    expect((await dashboardFrom(page)).accounts.length).toBe(before);
    await page.close();
  });
});

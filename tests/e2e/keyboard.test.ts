// The main path by keyboard alone, in Chromium with the built extension: in the popup, reach the alert
// line and open it (Enter, Space), open the dashboard from the popup, choose the account, show its
// table, remove the misread row (the undo bar takes focus; Enter undoes, Escape closes), rename the
// account, and back in the popup export the history. Only page.keyboard after the data is seeded; at
// every stop the focused control must show a focus ring, and Tab must never stall on one control.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryFile } from '../../utils/model/types';
import { dashboardFrom, launch, openPopup, type Session } from './support/browser';
import { focusedInfo, tabRound, tabTo, type Focused } from './support/keyboard';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const DAY = 86_400_000;

function history(now: number): HistoryFile {
  const ago = (days: number) => new Date(now - days * DAY).toISOString();
  const view = (accountId: string, days: number, totalLimit: number) => ({
    accountId,
    at: ago(days),
    totalLimit,
    status: 'normal',
    source: 'page',
  });
  return {
    format: 'limit-sentinel.history',
    version: 1,
    exportedAt: ago(0),
    accounts: [
      { id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' },
      { id: 'jiebei', lender: '支付宝', product: '借呗', kind: 'credit-line' },
    ],
    observations: [
      view('jiebei', 50, 30000),
      view('jiebei', 2, 30000),
      view('jd-baitiao', 60, 50000),
      view('jd-baitiao', 30, 50000),
      // Misread: a 5,000 where the page said 50,000. It raises 额度下降 until it is removed.
      view('jd-baitiao', 1, 5000),
    ] as HistoryFile['observations'],
    events: [],
  };
}

const expectRing = (f: Focused) => expect(f.ring && f.visible, `no visible focus on ${f.label}`).toBe(true);
const rows = (page: Page) => page.locator('.history-table tbody tr').count();

describe('the main path by keyboard in Chromium', () => {
  it('alert, dashboard, a removed row with undo, a rename and the export: no mouse, focus always visible', async () => {
    const popup = await openPopup(s, 400, 900);
    expect(
      await popup.evaluate((t) => chrome.runtime.sendMessage({ type: 'ui:import', text: t }), JSON.stringify(history(Date.now()))),
    ).toMatchObject({
      ok: true,
    });
    const alertIds = async () => (await dashboardFrom(popup)).alerts.map((a) => a.id);
    expect(await alertIds()).toContain('limit-drop|jd-baitiao');
    await popup.reload();
    await popup.waitForSelector('.alert-head');
    // Every control of the popup is reached by Tab, each with its focus shown.
    const popupRound = await tabRound(popup);
    expect(popupRound.unreached).toEqual([]);
    expect(popupRound.stops).toBeGreaterThanOrEqual(8);

    // The alert: its line's head is a button; Enter opens it and its evidence can be read.
    const head = await tabTo(popup, (f) => f.className.includes('alert-head') && f.label.includes('京东 白条 额度下降'));
    expect(head.expanded).toBe('false');
    await popup.keyboard.press('Enter');
    const body = popup.locator('.alert-body');
    await body.waitFor();
    expect(await body.textContent()).toContain('总额度从');
    expect((await focusedInfo(popup)).expanded).toBe('true');
    // Space closes it and opens it again (a real button).
    await popup.keyboard.press('Space');
    await expect.poll(() => body.count()).toBe(0);
    await popup.keyboard.press('Space');
    await body.waitFor();
    expectRing(await focusedInfo(popup));

    // Back up to the header's 看板 button; Enter opens the dashboard in a tab.
    await tabTo(popup, (f) => f.label === '打开完整面板', { back: true });
    const opened = s.context.waitForEvent('page');
    await popup.keyboard.press('Enter');
    const dash = await opened;
    await dash.setViewportSize({ width: 1280, height: 900 });
    await dash.waitForSelector('.accounts .account');

    // The account, its table, the misread (newest) row's remove button.
    await tabTo(dash, (f) => f.className.includes('account') && f.label.includes('京东 白条'));
    await dash.keyboard.press('Enter');
    // The chart is one stop; arrows move its cursor and the read-out says where it is.
    await tabTo(dash, (f) => f.className.includes('chart-box'));
    const readout = dash.locator('.chart-readout');
    const before = await readout.textContent();
    await dash.keyboard.press('End');
    await expect.poll(() => readout.textContent()).not.toBe(before);
    await dash.keyboard.press('ArrowLeft');
    await tabTo(dash, (f) => f.label === '表格', { back: true });
    await dash.keyboard.press('Enter');
    await dash.waitForSelector('.history-table tbody tr');
    expect(await rows(dash)).toBe(3);
    const dashRound = await tabRound(dash);
    expect(dashRound.unreached).toEqual([]);
    expect(dashRound.stops).toBeGreaterThan(15);
    const remove = await tabTo(dash, (f) => f.label.startsWith('删除这条记录'));
    expect(await dash.evaluate(() => document.activeElement?.closest('tr') === document.querySelector('.history-table tbody tr'))).toBe(
      true,
    );
    expect(remove.label).toContain('京东 白条');
    await dash.keyboard.press('Enter');
    // The row is gone, its alert with it, and focus is on Undo: one key takes it back.
    await expect.poll(() => rows(dash)).toBe(2);
    await expect.poll(alertIds, { timeout: 10_000 }).not.toContain('limit-drop|jd-baitiao');
    const undo = await focusedInfo(dash);
    expect(undo.label).toBe('撤销');
    expectRing(undo);
    await dash.keyboard.press('Enter');
    await expect.poll(() => rows(dash)).toBe(3);
    await expect.poll(alertIds, { timeout: 10_000 }).toContain('limit-drop|jd-baitiao');
    // Focus does not fall to the page when the bar goes: it lands on something Tab can go on from.
    const afterUndo = await focusedInfo(dash);
    expect(afterUndo.tag, 'focus after undo').not.toBe('BODY');
    expectRing(afterUndo);

    // Removed for good this time: Escape closes the bar, focus stays in the page's order.
    await tabTo(dash, (f) => f.label.startsWith('删除这条记录') && f.firstRow, { back: true });
    await dash.keyboard.press('Enter');
    await expect.poll(() => rows(dash)).toBe(2);
    expect((await focusedInfo(dash)).label).toBe('撤销');
    await dash.keyboard.press('Escape');
    await expect.poll(() => dash.locator('.undo-bar').count()).toBe(0);
    const afterClose = await focusedInfo(dash);
    expect(afterClose.tag, 'focus after the bar closed').not.toBe('BODY');
    expectRing(afterClose);
    await expect.poll(alertIds, { timeout: 10_000 }).not.toContain('limit-drop|jd-baitiao');

    // Rename: the folded 更正 section opens with Enter, the name is typed, Enter saves.
    await tabTo(dash, (f) => f.tag === 'SUMMARY');
    await dash.keyboard.press('Enter');
    await tabTo(dash, (f) => f.tag === 'INPUT' && f.id.endsWith('-lender'));
    await dash.keyboard.press('ControlOrMeta+A');
    await dash.keyboard.type('京东金融');
    await dash.keyboard.press('Enter');
    await dash.waitForSelector('.rename-form .correction-ok');
    await expect.poll(async () => (await dashboardFrom(popup)).accounts.map((a) => a.account.lender)).toContain('京东金融');

    // Back in the popup: the export button, Enter, a file with the two rows left.
    await popup.bringToFront();
    await popup.reload();
    await popup.waitForSelector('.data');
    const exportButton = await tabTo(popup, (f) => f.label === '导出历史');
    expectRing(exportButton);
    const download = popup.waitForEvent('download');
    await popup.keyboard.press('Enter');
    const file = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as HistoryFile;
    expect(file.observations.filter((o) => o.accountId === 'jd-baitiao').map((o) => o.totalLimit)).toEqual([50000, 50000]);
    expect(file.accounts.find((a) => a.id === 'jd-baitiao')?.lender).toBe('京东金融');
    await dash.close();
    await popup.close();
  });
});

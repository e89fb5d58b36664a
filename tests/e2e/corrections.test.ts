// Corrections in a real Chromium with the built extension: on the dashboard, removing a misread
// newest view clears its alert and undo brings both back; a rename and a merge (through the
// background, as the dashboard's forms ask) keep every row, and the export afterwards imports back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryFile } from '../../utils/model/types';
import { dashboardFrom, launch, openPopup, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const DAY = 86_400_000;

describe('corrections in Chromium', () => {
  it('remove clears the alert, undo restores it; rename and merge keep every row', async () => {
    const now = Date.now();
    const ago = (days: number) => new Date(now - days * DAY).toISOString();
    const view = (accountId: string, days: number, totalLimit: number) => ({
      accountId,
      at: ago(days),
      totalLimit,
      status: 'normal',
      source: 'page',
    });
    const file: HistoryFile = {
      format: 'limit-sentinel.history',
      version: 1,
      exportedAt: ago(0),
      accounts: [
        { id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' },
        { id: 'site:card.jd.com', lender: '京东金融' },
      ],
      observations: [
        view('jd-baitiao', 60, 50000),
        view('jd-baitiao', 30, 50001),
        view('jd-baitiao', 1, 5000),
        view('site:card.jd.com', 20, 50000),
      ] as HistoryFile['observations'],
      events: [{ at: ago(10), kind: 'borrow', accountId: 'site:card.jd.com', amount: 800, source: 'manual' }],
    };
    const page = await openPopup(s);
    const ask = (msg: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), msg);
    expect(await ask({ type: 'ui:import', text: JSON.stringify(file) })).toMatchObject({ ok: true });
    const ids = async () => (await dashboardFrom(page)).alerts.map((a) => a.id);
    expect(await ids()).toContain('limit-drop|jd-baitiao');

    // On the dashboard: the account's table, the misread newest row's remove button, then undo.
    const dash = await s.context.newPage();
    await dash.goto(`chrome-extension://${s.extensionId}/dashboard.html`);
    await dash.locator('.accounts .account', { hasText: '京东 白条' }).click();
    await dash.getByRole('button', { name: '表格' }).click();
    await dash.waitForSelector('.history-table tbody tr');
    expect(await dash.locator('.history-table tbody tr').count()).toBe(3);
    await dash
      .locator('.history-table tbody tr')
      .first()
      .getByRole('button', { name: /删除这条记录/ })
      .click();
    await expect.poll(ids, { timeout: 10_000 }).not.toContain('limit-drop|jd-baitiao');
    await expect.poll(() => dash.locator('.history-table tbody tr').count()).toBe(2);
    await dash.getByRole('button', { name: '撤销' }).click();
    await expect.poll(ids, { timeout: 10_000 }).toContain('limit-drop|jd-baitiao');
    await expect.poll(() => dash.locator('.history-table tbody tr').count()).toBe(3);
    await dash.close();

    const before = ((await ask({ type: 'ui:export' })) as unknown as { file: HistoryFile }).file;
    expect(await ask({ type: 'ui:rename-account', accountId: 'jd-baitiao', lender: '京东（我的）' })).toMatchObject({ ok: true });
    expect(await ask({ type: 'ui:merge-accounts', from: 'site:card.jd.com', into: 'jd-baitiao' })).toEqual({
      ok: true,
      moved: { observations: 1, events: 1, shifted: 0 },
    });
    const after = ((await ask({ type: 'ui:export' })) as unknown as { file: HistoryFile }).file;
    expect(after.accounts).toEqual([{ id: 'jd-baitiao', lender: '京东（我的）', product: '白条', kind: 'pay-later' }]);
    expect(after.observations.length).toBe(before.observations.length);
    expect(after.events.length).toBe(before.events.length);
    expect((await dashboardFrom(page)).accounts.map((a) => [a.account.id, a.observationCount])).toEqual([['jd-baitiao', 4]]);
    // The exported file goes back in whole: an import after deleting everything gives the same rows.
    expect(await ask({ type: 'ui:delete-all' })).toEqual({ ok: true });
    expect(await ask({ type: 'ui:import', text: JSON.stringify(after) })).toMatchObject({
      ok: true,
      added: { accounts: 1, observations: 4, events: 1 },
    });
    const again = ((await ask({ type: 'ui:export' })) as unknown as { file: HistoryFile }).file;
    expect({ ...again, exportedAt: '' }).toEqual({ ...after, exportedAt: '' });
    await page.close();
  });
});

// Alerts in a real Chromium with the built extension: an imported history is evaluated by the
// background, survives a stopped service worker, and the popup shows the level, the alerts with
// their evidence, chart and advice, and remembers a dismissal. Screenshots land in .output/shots/.
import { mkdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryFile } from '../../utils/model/types';
import { shiftedHistory } from '../../scripts/lib/shifted-history';
import { groupAlerts } from '../../utils/rules/grouping';
import { dashboardFrom, launch, openPopup, stopServiceWorker, waitFor, type Session } from './support/browser';

const SHOTS = '.output/shots';
let s: Session;

beforeAll(async () => {
  s = await launch();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await s?.close();
});

describe('alerts in Chromium', () => {
  it('evaluates an imported history, keeps the alerts across a worker stop, and shows them', async () => {
    const file = JSON.parse(await readFile('tests/fixtures/histories/sample-cut.json', 'utf8')) as HistoryFile;
    const text = JSON.stringify(shiftedHistory(file, Date.now()));
    const first = await openPopup(s);
    const reply = await first.evaluate((t) => chrome.runtime.sendMessage({ type: 'ui:import', text: t }), text);
    expect(reply).toMatchObject({ ok: true });
    const board = await dashboardFrom(first);
    expect(board.alerts.length).toBeGreaterThan(3);
    expect(board.alerts[0]!.severity).toBe('critical');
    expect(board.risk.level).toBe('critical');
    await first.close();

    await stopServiceWorker(s);
    const popup = await openPopup(s, 400, 900);
    await popup.waitForSelector('.alert');
    expect(await popup.locator('.risk-level').textContent()).toBe('极高');
    // One line per change, the most severe five first; the rest behind "show more" (and seen only once shown).
    const lines = groupAlerts(board.alerts).length;
    expect(lines).toBeLessThan(board.alerts.length);
    expect(await popup.locator('.alert').count()).toBe(Math.min(5, lines));
    if (lines > 5) await popup.getByRole('button', { name: `显示其余 ${lines - 5} 条提醒` }).click();
    expect(await popup.locator('.alert-new').count()).toBe(lines);
    const drop = popup.locator('.alert', { hasText: '京东 白条 额度下降' });
    await drop.locator('.alert-head').click();
    await expect.poll(() => drop.locator('svg[role=img]').count()).toBe(1);
    expect(await drop.locator('.alert-advice li').count()).toBeGreaterThan(1);
    await popup.screenshot({ path: `${SHOTS}/popup-alerts-zh.png`, fullPage: true });
    await drop.getByRole('button', { name: '忽略' }).click();
    await popup.waitForSelector('text=显示已忽略的提醒（1）');
    await popup.close();

    // Seen on the first showing, so the second has nothing new; the dismissal is remembered.
    const again = await openPopup(s);
    const after = await dashboardFrom(again);
    expect(after.alerts.filter((a) => a.state === 'new')).toEqual([]);
    // Dismissing the line dismissed each alert of the change.
    for (const id of ['limit-drop|jd-baitiao', 'limit-zeroed|jd-baitiao', 'status-worsened|jd-baitiao'])
      expect(after.alerts.find((a) => a.id === id)?.state).toBe('dismissed');
    await again.close();
  });

  it('speaks English in an English browser', async () => {
    await s.close({ keepProfile: true });
    s = await launch({ profileDir: s.profileDir, lang: 'en-US' });
    const popup = await openPopup(s, 400, 900);
    await waitFor(async () => (await popup.locator('.alert').count()) > 0, 10_000, 'alerts');
    expect(await popup.locator('.risk-level').textContent()).toBe('critical');
    await popup.locator('.alert-head').first().click();
    await popup.screenshot({ path: `${SHOTS}/popup-alerts-en.png`, fullPage: true });
    expect(await popup.locator('.alert-advice-title').first().textContent()).toBe('What you can do');
  });
});

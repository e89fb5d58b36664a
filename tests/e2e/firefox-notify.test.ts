// Delivery in Firefox ESR with the Firefox build: a critical alert held by quiet hours is delivered
// by the wake-up alarm Firefox fires when they end, once; a later alarm run sends nothing again.
// Quiet hours are set around the browser's own clock (they end at the next minute that is at least
// 12 s away), so the test holds at any hour and in any zone; it waits for that minute (≤ 72 s).
// Headless Firefox closes each notification as soon as it is shown, so what the browser showed is
// read from notifications.onClosed in an extension page (with getAll for any still open).
import { readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftedHistory } from '../../scripts/lib/shifted-history';
import type { Dashboard } from '../../utils/messaging/protocol';
import type { HistoryFile } from '../../utils/model/types';
import { waitFor } from './support/browser';
import { ask, errorsIn, launchFirefox, openExtensionPage, type FirefoxSession } from './support/firefox';

let s: FirefoxSession;
let page: Page;
beforeAll(async () => {
  s = await launchFirefox({ lang: 'en-US' });
  // The options page watches; the popup would mark the alerts seen, and seen alerts are not notified.
  page = await openExtensionPage(s, 'options.html');
  await page.evaluate(() => {
    const g = globalThis as unknown as { __shown: string[] };
    g.__shown = [];
    browser.notifications.onClosed.addListener((id) => void g.__shown.push(id));
  });
});
afterAll(async () => {
  await s?.close();
});

/** Every notification shown so far: closed ones in order, then any still on screen. */
const shown = () =>
  page.evaluate(async () => {
    const closed = (globalThis as unknown as { __shown: string[] }).__shown;
    return [...closed, ...Object.keys(await browser.notifications.getAll()).filter((id) => !closed.includes(id))];
  });
const wakeAlarm = () => page.evaluate(() => browser.alarms.get('notify-wake'));
const deliveryState = () =>
  page.evaluate(
    async () =>
      (await browser.storage.local.get('deliveryState')).deliveryState as
        { notified?: Record<string, unknown>; lastDigestAt?: number } | undefined,
  );

describe('notifications in Firefox', () => {
  it('delivers a critical alert held by quiet hours once, from the alarm at their end', { timeout: 150_000 }, async () => {
    // The daily digest (warnings, stale-account reminders) is sent by the first run outside quiet
    // hours: the install's own run, or a later one if the install fell into the default quiet hours
    // (22:00–08:00). A run with quiet hours off settles it now, and the digest hour is put half a
    // day away, so only the critical alert is owed below, at any hour.
    await page.evaluate(async () => {
      const digestHour = (new Date().getHours() + 12) % 24;
      await browser.storage.local.set({ quietHours: { enabled: false, start: '22:00', end: '08:00' }, digestHour });
    });
    await waitFor(async () => (await deliveryState())?.lastDigestAt !== undefined, 10_000, 'the digest handled');
    // In the browser's clock and zone: quiet from two hours before the end until the end.
    const end = await page.evaluate(async () => {
      const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
      const endAt = new Date(Date.now() + 12_000);
      endAt.setSeconds(60, 0); // the start of the next minute
      const startAt = new Date(endAt.getTime() - 2 * 3_600_000);
      await browser.storage.local.set({ quietHours: { enabled: true, start: hhmm(startAt), end: hhmm(endAt) } });
      return endAt.getTime();
    });
    const file = JSON.parse(await readFile('tests/fixtures/histories/sample-cut.json', 'utf8')) as HistoryFile;
    // The reply comes after the rule run and its delivery (onStored is awaited).
    await ask(page, { type: 'ui:import', text: JSON.stringify(shiftedHistory(file, Date.now())) });
    expect(Date.now()).toBeLessThan(end); // still inside quiet hours: the check below means something
    const { dashboard } = await ask<{ dashboard: Dashboard }>(page, { type: 'ui:dashboard' });
    expect(dashboard.alerts.some((a) => a.severity === 'critical')).toBe(true);
    expect(await shown()).toEqual([]);
    expect(Object.keys((await deliveryState())?.notified ?? {})).toEqual([]);
    expect((await wakeAlarm())?.scheduledTime).toBe(end);

    // Firefox fires the wake-up alarm when quiet hours end; that run delivers.
    const first = await waitFor(
      async () => {
        const ids = await shown();
        return ids.length > 0 && ids;
      },
      end - Date.now() + 20_000,
      'the notification at the end of quiet hours',
    );
    await new Promise((r) => setTimeout(r, 1000)); // anything else that run would show
    expect(await shown()).toEqual(first);
    // One notification: the alert itself, or one for the several critical alerts raised together.
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^(alert|urgent):/);
    const notified = (await deliveryState())?.notified ?? {};
    expect(Object.keys(notified).length).toBeGreaterThan(0);
    // The next wake-up is the digest hour, about half a day away.
    expect((await wakeAlarm())?.scheduledTime).toBeGreaterThan(Date.now() + 3_600_000);

    // Another alarm run (the check's path): nothing is shown twice, nothing more is recorded.
    await page.evaluate(() => browser.alarms.create('notify-wake', { when: Date.now() + 200 }));
    await waitFor(async () => ((await wakeAlarm())?.scheduledTime ?? 0) > Date.now() + 3_600_000, 15_000, 'the second alarm run');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await shown()).toEqual(first);
    expect((await deliveryState())?.notified).toEqual(notified);
    expect(await errorsIn(page)).toEqual([]);
  });
});

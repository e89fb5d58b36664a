// Delivery in a real Chromium with the built extension: an imported history raises its critical
// alerts as notifications once; with the service worker stopped in between, a later alarm run sends
// nothing twice and leaves the right badge; options changes survive a browser restart.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftedHistory } from '../../scripts/lib/shifted-history';
import type { HistoryFile } from '../../utils/model/types';
import { launch, openPopup, stopServiceWorker, waitFor, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

// Asked from an extension page, not the worker handle: after a stop that handle is gone, and the
// APIs answer the same from any extension page. (Not the popup: opening it marks alerts seen.)
const inExtension = async <T>(fn: () => Promise<T>): Promise<T> => {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  try {
    return await page.evaluate(fn);
  } finally {
    await page.close();
  }
};
const notifications = async () => Object.keys(await inExtension(() => chrome.notifications.getAll())).sort();
const badge = () => inExtension(() => chrome.action.getBadgeText({}));
const checkAlarm = () => inExtension(() => chrome.alarms.get('check'));

// The defaults hold notifications back from 22:00 to 08:00 of the machine's clock and send the
// digest at 09:00, so a run at night would wait for the morning. The test sets both itself: no
// quiet hours, and a digest hour twelve hours from now (local), which keeps the next wake-up far off.
const setDeliveryClock = () =>
  inExtension(async () => {
    const digestHour = (new Date().getHours() + 12) % 24;
    await chrome.storage.local.set({ quietHours: { enabled: false, start: '22:00', end: '08:00' }, digestHour });
  });

describe('notifications in Chromium', () => {
  it('notifies each critical alert once, across a worker stop and an alarm run', async () => {
    await setDeliveryClock();
    const file = JSON.parse(await readFile('tests/fixtures/histories/sample-cut.json', 'utf8')) as HistoryFile;
    const page = await openPopup(s);
    const reply = await page.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'ui:import', text }),
      JSON.stringify(shiftedHistory(file, Date.now())),
    );
    expect(reply).toMatchObject({ ok: true });
    await page.close();
    const first = await waitFor(
      async () => {
        const ids = await notifications();
        return ids.length > 0 ? ids : undefined;
      },
      10_000,
      'notifications',
    );
    // One notification: the alert itself, or one for the several critical alerts raised together.
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^(alert|urgent):/);
    const scheduled = (await checkAlarm())?.scheduledTime;
    expect(scheduled).toBeGreaterThan(Date.now());
    const badgeBefore = await badge();
    expect(Number(badgeBefore)).toBeGreaterThan(0);

    // Cleared from the screen: a second delivery would show up again (same ids), so it cannot hide.
    await inExtension(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    });
    expect(await notifications()).toEqual([]);
    await stopServiceWorker(s);
    // The wake-up alarm runs the same path as the periodic check, without moving the check's schedule.
    await inExtension(() => chrome.alarms.create('notify-wake', { when: Date.now() + 200 }));
    // The run happened: delivery set the next wake-up (the digest hour) in place of ours.
    await waitFor(
      async () => ((await inExtension(() => chrome.alarms.get('notify-wake')))?.scheduledTime ?? 0) > Date.now() + 60_000,
      15_000,
      'the wake-up run',
    );
    expect(await notifications()).toEqual([]);
    expect(await badge()).toBe(badgeBefore);
    expect((await checkAlarm())?.scheduledTime).toBe(scheduled);
  });

  it('keeps options changes across a browser restart', async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.waitForSelector('#opt-interval');
    await options.fill('#opt-interval', '12');
    await options.locator('#opt-interval').evaluate((el) => (el as HTMLInputElement).form?.requestSubmit());
    await options.waitForSelector('text=已保存');
    await s.close({ keepProfile: true });
    s = await launch({ profileDir: s.profileDir });
    const again = await s.context.newPage();
    await again.goto(`chrome-extension://${s.extensionId}/options.html`);
    await again.waitForSelector('#opt-interval');
    expect(await again.inputValue('#opt-interval')).toBe('12');
    // The check alarm follows the new interval.
    await waitFor(async () => (await checkAlarm())?.periodInMinutes === 720, 10_000, 'the 12-hour check alarm');
  });
});

import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { CHECK_ALARM, ensureCheckAlarm, setWakeAlarm, WAKE_ALARM } from '../../../utils/notify/schedule';

beforeEach(() => fakeBrowser.reset());

describe('alarms', () => {
  it('creates the periodic check only if missing, and recreates it when the interval changes', async () => {
    expect(await ensureCheckAlarm(fakeBrowser.alarms, 6)).toBe(true);
    const first = await fakeBrowser.alarms.get(CHECK_ALARM);
    expect(first).toMatchObject({ periodInMinutes: 360 });
    expect(await ensureCheckAlarm(fakeBrowser.alarms, 6)).toBe(false);
    expect(await fakeBrowser.alarms.get(CHECK_ALARM)).toEqual(first);
    expect(await ensureCheckAlarm(fakeBrowser.alarms, 12)).toBe(true);
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: CHECK_ALARM, periodInMinutes: 720 })]);
  });

  it('moves the one-shot wake-up only when the time changes', async () => {
    await setWakeAlarm(fakeBrowser.alarms, 1_900_000_000_000);
    await setWakeAlarm(fakeBrowser.alarms, 1_900_000_000_000);
    expect(await fakeBrowser.alarms.getAll()).toEqual([{ name: WAKE_ALARM, scheduledTime: 1_900_000_000_000, periodInMinutes: undefined }]);
    await setWakeAlarm(fakeBrowser.alarms, 1_900_000_060_000);
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(1_900_000_060_000);
  });

  it("leaves an unchanged wake-up alone in Firefox too, which reports a one-shot alarm's period as null", async () => {
    const created: number[] = [];
    const firefox = {
      get: async () => ({ name: WAKE_ALARM, scheduledTime: 1_900_000_000_000, periodInMinutes: null }),
      create: (_name: string, info: { when: number } | { delayInMinutes: number; periodInMinutes: number }) =>
        void created.push('when' in info ? info.when : -1),
    };
    await setWakeAlarm(firefox, 1_900_000_000_000);
    expect(created).toEqual([]);
    await setWakeAlarm(firefox, 1_900_000_060_000);
    expect(created).toEqual([1_900_000_060_000]);
  });
});

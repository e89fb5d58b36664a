// Settings are validated when read: whatever storage holds, the notifier gets usable values.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkDeliverySettings, DELIVERY_DEFAULTS } from '../../../utils/notify/delivery-settings';
import { checkIntervalHoursItem, digestHourItem, quietHoursItem, readDeliverySettings } from '../../../utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('delivery settings', () => {
  it('defaults: critical and warning on, info off, every 6 hours, digest at 9, quiet 22:00–08:00, auto language, reminders on', async () => {
    expect(await readDeliverySettings()).toEqual({
      notify: { critical: true, warning: true, info: false },
      checkIntervalHours: 6,
      digestHour: 9,
      quietHours: { enabled: true, start: '22:00', end: '08:00' },
      language: 'auto',
      reminders: true,
    });
  });

  it('keeps valid values', () => {
    const valid = {
      notify: { critical: false, warning: true, info: false },
      checkIntervalHours: 24,
      digestHour: 0,
      quietHours: { enabled: false, start: '23:30', end: '07:15' },
      language: 'en',
      reminders: false,
    };
    expect(checkDeliverySettings(valid)).toEqual(valid);
  });

  it.each([
    ['not an object', null],
    ['an array', []],
    ['a string', 'x'],
    [
      'wrong field types',
      {
        notify: { critical: 'yes', warning: 1 },
        checkIntervalHours: '6',
        digestHour: 9.5,
        quietHours: { enabled: 'no', start: 2200, end: '8:00' },
        language: 'fr',
        reminders: 'off',
      },
    ],
    ['values out of range', { checkIntervalHours: 0, digestHour: 24, quietHours: { start: '24:00', end: '12:60' } }],
    ['non-finite numbers', { checkIntervalHours: Infinity, digestHour: Number.NaN }],
  ])('falls back to the defaults for %s', (_name, raw) => {
    expect(checkDeliverySettings(raw)).toEqual(DELIVERY_DEFAULTS);
    expect(checkDeliverySettings({ notify: raw, checkIntervalHours: raw, digestHour: raw, quietHours: raw, language: raw })).toEqual(
      DELIVERY_DEFAULTS,
    );
  });

  it('never turns info notifications on', () => {
    expect(checkDeliverySettings({ notify: { info: true } }).notify.info).toBe(false);
  });

  it('falls back field by field for garbage in storage', async () => {
    await checkIntervalHoursItem.setValue(-3);
    await digestHourItem.setValue(20);
    await quietHoursItem.setValue({ enabled: true, start: '21:00', end: 'soon' } as never);
    const s = await readDeliverySettings();
    expect(s.checkIntervalHours).toBe(6);
    expect(s.digestHour).toBe(20);
    expect(s.quietHours).toEqual({ enabled: true, start: '21:00', end: '08:00' });
  });
});

import { describe, expect, it } from 'vitest';
import { alertIdFromHash, alertNotificationId, clickTarget, digestNotificationId } from '../../../utils/notify/target';

describe('notification targets', () => {
  it('round-trips an alert id through the notification id and the page hash', () => {
    for (const id of ['limit-drop|jd-baitiao', 'many-lenders|', 'rate-increase|a b&c=d#e%f']) {
      const hash = clickTarget(alertNotificationId(id));
      expect(hash).toMatch(/^#alert=/);
      expect(alertIdFromHash(hash!)).toBe(id);
    }
  });

  it('opens the list for a digest and nothing for an id that is not ours', () => {
    expect(clickTarget(digestNotificationId('2026-11-23'))).toBe('');
    expect(clickTarget('other')).toBeUndefined();
    expect(clickTarget('alert:')).toBeUndefined();
    expect(alertIdFromHash('')).toBeUndefined();
    expect(alertIdFromHash('#alert=')).toBeUndefined();
  });
});

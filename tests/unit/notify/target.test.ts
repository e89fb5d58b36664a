import { describe, expect, it } from 'vitest';
import {
  alertIdFromHash,
  alertNotificationId,
  clickPage,
  clickTarget,
  DASHBOARD_PAGE,
  POPUP_PAGE,
  digestNotificationId,
  lenderPage,
  remindedAccount,
  reminderNotificationId,
  remindersNotificationId,
  urgentNotificationId,
} from '../../../utils/notify/target';

describe('notification targets', () => {
  it('round-trips an alert id through the notification id and the page hash', () => {
    for (const id of ['limit-drop|jd-baitiao', 'many-lenders|', 'rate-increase|a b&c=d#e%f']) {
      const hash = clickTarget(alertNotificationId(id));
      expect(hash).toMatch(/^#alert=/);
      expect(alertIdFromHash(hash!)).toBe(id);
    }
  });

  it('opens the dashboard for one alert, the popup page for lists and reminders', () => {
    expect(clickPage(alertNotificationId('limit-drop|jd-baitiao'))).toBe(DASHBOARD_PAGE);
    expect(clickPage(digestNotificationId('2026-11-23'))).toBe(POPUP_PAGE);
    expect(clickPage(urgentNotificationId(1))).toBe(POPUP_PAGE);
    expect(clickPage(reminderNotificationId('jiebei'))).toBe(POPUP_PAGE);
  });

  it('opens the list for a digest and nothing for an id that is not ours', () => {
    expect(clickTarget(digestNotificationId('2026-11-23'))).toBe('');
    expect(clickTarget('other')).toBeUndefined();
    expect(clickTarget('alert:')).toBeUndefined();
    expect(alertIdFromHash('')).toBeUndefined();
    expect(alertIdFromHash('#alert=')).toBeUndefined();
  });

  it('opens the list for grouped critical alerts and grouped reminders', () => {
    expect(clickTarget(urgentNotificationId(1_700_000_000_000))).toBe('');
    expect(clickTarget(remindersNotificationId('2026-11-23'))).toBe('');
  });

  it("sends a reminder's click to the lender page, else to the account's stale alert", () => {
    const id = reminderNotificationId('site:bank.example/招商银行');
    expect(remindedAccount(id)).toBe('site:bank.example/招商银行');
    expect(alertIdFromHash(clickTarget(id)!)).toBe('stale-account|site:bank.example/招商银行');
    expect(remindedAccount(alertNotificationId('x'))).toBeUndefined();
    expect(remindedAccount('remind:')).toBeUndefined();
    expect(lenderPage('https://baitiao.jd.com/v3/ious/list', 'https://jd.com/')).toBe('https://baitiao.jd.com/v3/ious/list');
    expect(lenderPage(undefined, 'https://my.alipay.com/portal/i.htm')).toBe('https://my.alipay.com/portal/i.htm');
    expect(lenderPage('javascript:alert(1)', 'not a url', 'chrome://settings')).toBeUndefined();
    expect(lenderPage()).toBeUndefined();
  });
});

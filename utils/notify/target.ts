// A notification's id names what a click opens, so a click still works after the service worker
// restarted (nothing about it lives in memory): `alert:<alert id>` opens the dashboard page at that
// alert (its account chosen); `digest:<local day>`, `urgent:<time>` (several critical alerts at once) and
// `reminders:<local day>` (several stale accounts) open the popup page at the list;
// `remind:<account id>` opens that account's lender page (background.ts looks up its last address)
// or else the popup page at its stale-account alert.
export const POPUP_PAGE = '/popup.html';
export const DASHBOARD_PAGE = '/dashboard.html';

const ALERT = 'alert:';
const DIGEST = 'digest:';
const URGENT = 'urgent:';
const REMIND = 'remind:';
const REMINDERS = 'reminders:';

export const alertNotificationId = (alertId: string): string => ALERT + alertId;
export const digestNotificationId = (day: string): string => DIGEST + day;
export const urgentNotificationId = (at: number): string => URGENT + at;
export const reminderNotificationId = (accountId: string): string => REMIND + accountId;
export const remindersNotificationId = (day: string): string => REMINDERS + day;

/** The account a reminder is about, or undefined for any other notification. */
export const remindedAccount = (notificationId: string): string | undefined =>
  notificationId.startsWith(REMIND) && notificationId.length > REMIND.length ? notificationId.slice(REMIND.length) : undefined;

/** The hash to open the popup page with, or undefined for a notification that is not ours. */
export function clickTarget(notificationId: string): string | undefined {
  if (notificationId.startsWith(ALERT) && notificationId.length > ALERT.length) {
    return `#alert=${encodeURIComponent(notificationId.slice(ALERT.length))}`;
  }
  if (notificationId.startsWith(DIGEST) || notificationId.startsWith(URGENT) || notificationId.startsWith(REMINDERS)) return '';
  const account = remindedAccount(notificationId);
  if (account !== undefined) return `#alert=${encodeURIComponent(`stale-account|${account}`)}`;
  return undefined;
}

/** The extension page a click opens (with clickTarget's hash): the dashboard for one alert, else the popup page. */
export const clickPage = (notificationId: string): typeof POPUP_PAGE | typeof DASHBOARD_PAGE =>
  notificationId.startsWith(ALERT) ? DASHBOARD_PAGE : POPUP_PAGE;

/** The alert id in a popup or dashboard page's hash (`#alert=…`), if any. */
export function alertIdFromHash(hash: string): string | undefined {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('alert');
  return id ? id : undefined;
}

/**
 * Where a stale-account reminder's click goes: the page the account was last read on, else its
 * adapter's home page; only web addresses. Undefined: open the popup page instead.
 */
export function lenderPage(...candidates: (string | undefined)[]): string | undefined {
  for (const c of candidates) {
    if (!c) continue;
    try {
      const url = new URL(c);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // not an address: try the next one
    }
  }
  return undefined;
}

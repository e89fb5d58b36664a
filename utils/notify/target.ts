// A notification's id names what a click opens, so a click still works after the service worker
// restarted (nothing about it lives in memory): `alert:<alert id>` opens the popup page at that
// alert, `digest:<local day>` opens the popup page at the list.
export const POPUP_PAGE = '/popup.html';

const ALERT = 'alert:';
const DIGEST = 'digest:';

export const alertNotificationId = (alertId: string): string => ALERT + alertId;
export const digestNotificationId = (day: string): string => DIGEST + day;

/** The hash to open the popup page with, or undefined for a notification that is not ours. */
export function clickTarget(notificationId: string): string | undefined {
  if (notificationId.startsWith(ALERT) && notificationId.length > ALERT.length) {
    return `#alert=${encodeURIComponent(notificationId.slice(ALERT.length))}`;
  }
  if (notificationId.startsWith(DIGEST)) return '';
  return undefined;
}

/** The alert id in a popup page's hash (`#alert=…`), if any. */
export function alertIdFromHash(hash: string): string | undefined {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('alert');
  return id ? id : undefined;
}

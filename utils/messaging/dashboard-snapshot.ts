// The dashboard as the background last published it, for the popup's first paint. The background
// writes it to storage.session after every change that alters what the popup shows (a rule run,
// an alert marked seen or dismissed, everything deleted), so the popup can draw without waking the
// service worker and without waiting for it. storage.session lives in memory only (cleared when the
// browser or the extension restarts) and is closed to content scripts. public/popup-boot.js reads
// this key by name.
import type { Dashboard } from './protocol';

export const DASHBOARD_KEY = 'dashboard';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The stored value when it has the dashboard's shape, else undefined (nothing published yet, a
 * failed write, a different version's layout): the popup then asks the background instead.
 */
export function snapshotOf(value: unknown): Dashboard | undefined {
  if (!isObject(value) || !Array.isArray(value.accounts) || !Array.isArray(value.alerts)) return undefined;
  if (!isObject(value.risk) || typeof value.risk.score !== 'number' || !isObject(value.totals)) return undefined;
  if (!value.accounts.every((a) => isObject(a) && isObject(a.account))) return undefined;
  if (!value.alerts.every((a) => isObject(a) && typeof a.id === 'string' && isObject(a.text))) return undefined;
  return value as unknown as Dashboard;
}

export interface SnapshotArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Writes the current dashboard. When it cannot be written (quota, storage failure) the old one is
 * removed rather than left behind stale: the popup then asks the background.
 */
export async function publishDashboard(area: SnapshotArea, read: () => Promise<Dashboard>): Promise<void> {
  try {
    await area.set({ [DASHBOARD_KEY]: await read() });
  } catch {
    await area.remove(DASHBOARD_KEY).catch(() => undefined);
  }
}

/** What `browser.storage.onChanged` offers (the page passes the real one). */
export interface StorageChanges {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

/**
 * Every dashboard the background publishes while a page is open (a page read in another tab), for
 * the popup and the dashboard page alike; returns the unsubscribe. A removed or malformed snapshot
 * is ignored: the page keeps what it shows.
 */
export function watchSnapshots(events: StorageChanges, on: (dashboard: Dashboard) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const dashboard = area === 'session' ? snapshotOf(changes[DASHBOARD_KEY]?.newValue) : undefined;
    if (dashboard) on(dashboard);
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}

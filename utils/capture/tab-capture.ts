// What the background remembers of the last capture it stored on each tab, so that the popup can say
// what was read on the page in front of the person ("本页读到") and offer "this is wrong". Kept in
// storage.session, one key per tab: the MV3 worker may be stopped between the capture and the popup,
// and two tabs capturing at once never write the same key. Forgotten when the tab closes.
import { carriesObservedValue } from '../model/history-schema';
import { OBSERVED_FIELDS, type ObservedValues } from '../model/types';
import type { PickField } from '../picker/site-rules';
import type { RecordBatch } from './to-records';

export interface TabCaptureAccount {
  accountId: string;
  /** The account's lender and product as stored (the popup names the account by it). */
  name: string;
  /** The capture's time for this account. In a reply, the time of the stored row that holds it. */
  at: string;
  values: ObservedValues;
}

export interface TabCapture {
  /** Origin and path of the page (no query or fragment, as observations keep it). */
  url: string;
  /** 'generic' on a tracked site (the picker applies there), else the built-in adapter's id. */
  adapter: string;
  accounts: TabCaptureAccount[];
}

/** What the popup is told: the capture, with each account's stored row still there. */
export interface TabReading extends TabCapture {
  /** The picker can fix this page's values: a tracked site read by the generic reader. */
  pickable: boolean;
}

/** Where the remembered captures live (browser.storage.session in the background; a Map in tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const MAX_ACCOUNTS = 50;
const keyOf = (tabId: number) => `tabCapture:${tabId}`;

/** The capture a batch stored, as remembered for its tab; undefined when it held no observation. */
export function tabCaptureOf(adapter: string, url: string, batch: RecordBatch): TabCapture | undefined {
  const names = new Map(batch.accounts.map((a) => [a.id, [a.lender, a.product].filter(Boolean).join(' ')]));
  const accounts = batch.observations
    .filter(carriesObservedValue)
    .slice(0, MAX_ACCOUNTS)
    .map((o) => ({
      accountId: o.accountId,
      name: names.get(o.accountId) ?? o.accountId,
      at: o.at,
      values: Object.fromEntries(OBSERVED_FIELDS.flatMap((f) => (o[f] === undefined ? [] : [[f, o[f]]]))) as unknown as ObservedValues,
    }));
  return accounts.length ? { url, adapter, accounts } : undefined;
}

/**
 * The picker's fields for what was read, in the order the popup lists them: the person is asked for
 * the right spot of each (or skips it). A status counts only where the page stated one.
 */
export function pickFieldsOf(values: ObservedValues): PickField[] {
  const fields: PickField[] = [];
  if (values.availableLimit !== undefined) fields.push('availableLimit');
  if (values.totalLimit !== undefined) fields.push('totalLimit');
  if (values.usedAmount !== undefined) fields.push('usedAmount');
  if (values.dailyRate !== undefined || values.apr !== undefined) fields.push('rate');
  if (values.status !== 'unknown') fields.push('status');
  return fields;
}

// What storage.session gives back is ours, but read as unknown: a malformed entry counts as none.
function isTabCapture(v: unknown): v is TabCapture {
  const c = v as Partial<TabCapture> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.url === 'string' &&
    typeof c.adapter === 'string' &&
    Array.isArray(c.accounts) &&
    c.accounts.every(
      (a: Partial<TabCaptureAccount>) =>
        typeof a?.accountId === 'string' && typeof a.at === 'string' && typeof a.name === 'string' && typeof a.values === 'object',
    )
  );
}

export function tabCaptureStore(area: SessionArea) {
  return {
    remember: (tabId: number, capture: TabCapture) => area.set({ [keyOf(tabId)]: capture }),
    async get(tabId: number): Promise<TabCapture | undefined> {
      const value = (await area.get(keyOf(tabId)))[keyOf(tabId)];
      return isTabCapture(value) ? value : undefined;
    },
    forget: (tabId: number) => area.remove(keyOf(tabId)),
  };
}

export type TabCaptureStore = ReturnType<typeof tabCaptureStore>;

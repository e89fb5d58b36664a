// "This is wrong" through the background: a capture is remembered for its tab (one session key per
// tab), the popup is told what is still stored of it (a capture folded into an identical earlier row
// is found there), 不对？ removes that row through the corrections and starts the picker preset to
// the fields read — on a tracked site's generic read only — and the removed row restores on undo.
import { describe, expect, it, vi } from 'vitest';
import { pickFieldsOf, tabCaptureOf, tabCaptureStore, type SessionArea } from '../../../utils/capture/tab-capture';
import type { ExtractionResult, Observation } from '../../../utils/model/types';
import type { SenderLike } from '../../../utils/messaging/sender';
import { FIXED_NOW, freshDb, snapshot } from '../storage/helpers';
import { handlerFor, ID, popup } from './support';

function memoryArea(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (values) => void Object.entries(values).forEach(([k, v]) => items.set(k, structuredClone(v))),
    remove: async (key) => void items.delete(key),
  };
}

const SITE = 'https://h5.lender.example';
const siteTab: SenderLike = { id: ID, url: `${SITE}/wallet?token=x`, tab: { id: 5 }, frameId: 0 };
const jdTab: SenderLike = { id: ID, url: 'https://baitiao.jd.com/v3/ious/list', tab: { id: 6 }, frameId: 0 };
const generic = (availableLimit: number): ExtractionResult => ({
  adapter: 'generic',
  observations: [{ availableLimit, totalLimit: 20000, status: 'unknown' }],
  events: [],
});

async function setup(now = () => FIXED_NOW) {
  const db = await freshDb();
  const area = memoryArea();
  const picker = { start: vi.fn(async () => true), save: vi.fn(async () => true), stop: vi.fn(async () => undefined) };
  const onStored = vi.fn();
  const handle = handlerFor(db, { tabCaptures: tabCaptureStore(area), picker, onStored, now });
  return { db, area, picker, onStored, handle };
}

const reading = (reply: unknown) =>
  (reply as { reading?: { accounts: { accountId: string; at: string; values: object }[]; pickable: boolean } }).reading;

describe('the last capture of a tab', () => {
  it('is remembered per tab and told to the popup with the stored row that holds it', async () => {
    let now = FIXED_NOW;
    const { handle, area } = await setup(() => now);
    expect(await handle({ type: 'cs:capture', url: siteTab.url!, result: generic(1) }, siteTab)).toMatchObject({ ok: true, stored: 1 });
    expect([...area.items.keys()]).toEqual(['tabCapture:5']);
    // A later visit reads the same: folded into the first row, which is the one to remove.
    now = new Date(FIXED_NOW.getTime() + 60_000);
    expect(await handle({ type: 'cs:capture', url: siteTab.url!, result: generic(1) }, siteTab)).toMatchObject({ ok: true, stored: 0 });
    const r = reading(await handle({ type: 'ui:tab-capture', tabId: 5 }, popup));
    expect(r).toMatchObject({
      url: `${SITE}/wallet`,
      adapter: 'generic',
      pickable: true,
      accounts: [
        {
          accountId: 'site:h5.lender.example',
          name: 'h5.lender.example',
          at: FIXED_NOW.toISOString(),
          values: { availableLimit: 1, totalLimit: 20000, status: 'unknown' },
        },
      ],
    });
    expect(await handle({ type: 'ui:tab-capture', tabId: 9 }, popup)).toEqual({ ok: true });
    // Only extension pages may ask.
    expect(await handle({ type: 'ui:tab-capture', tabId: 5 }, siteTab)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('不对？ removes the row, runs the rules, starts the picker with the fields read; undo restores it', async () => {
    const { db, handle, picker, onStored } = await setup();
    await handle({ type: 'cs:capture', url: siteTab.url!, result: generic(1) }, siteTab);
    const before = await snapshot(db);
    onStored.mockClear();
    const reply = await handle({ type: 'ui:wrong-capture', tabId: 5, accountId: 'site:h5.lender.example' }, popup);
    expect(reply).toMatchObject({ ok: true, picking: true, removed: { availableLimit: 1, at: FIXED_NOW.toISOString() } });
    expect(picker.start).toHaveBeenCalledWith(5, ['availableLimit', 'totalLimit']);
    expect(onStored).toHaveBeenCalledTimes(1);
    // Gone from what the popup is told, and a second 不对？ says what is missing.
    expect(await handle({ type: 'ui:tab-capture', tabId: 5 }, popup)).toEqual({ ok: true });
    expect(await handle({ type: 'ui:wrong-capture', tabId: 5, accountId: 'site:h5.lender.example' }, popup)).toMatchObject({
      ok: false,
      code: 'invalid-entry',
      path: 'accountId',
    });
    const removed = structuredClone((reply as unknown as { removed: Observation }).removed);
    expect(await handle({ type: 'ui:restore', observation: removed }, popup)).toEqual({ ok: true, restored: 1 });
    expect(await snapshot(db)).toBe(before);
    expect(await handle({ type: 'ui:stop-picker', tabId: 5 }, popup)).toEqual({ ok: true });
    expect(picker.stop).toHaveBeenCalledWith(5);
  });

  it('on a built-in adapter’s page only removes: the picker does not apply there', async () => {
    const { handle, picker } = await setup();
    const jd: ExtractionResult = {
      adapter: 'jd-baitiao',
      observations: [{ accountId: 'jd-baitiao', lender: '京东', product: '白条', totalLimit: 30000, status: 'normal' }],
      events: [],
    };
    expect(await handle({ type: 'cs:capture', url: jdTab.url!, result: jd }, jdTab)).toMatchObject({ ok: true });
    const r = reading(await handle({ type: 'ui:tab-capture', tabId: 6 }, popup));
    expect(r).toMatchObject({ pickable: false, accounts: [{ accountId: 'jd-baitiao', name: '京东 白条' }] });
    expect(await handle({ type: 'ui:wrong-capture', tabId: 6, accountId: 'jd-baitiao' }, popup)).toMatchObject({
      ok: true,
      picking: false,
    });
    expect(picker.start).not.toHaveBeenCalled();
  });

  it('refuses an account the tab did not read', async () => {
    const { handle } = await setup();
    await handle({ type: 'cs:capture', url: siteTab.url!, result: generic(1) }, siteTab);
    expect(await handle({ type: 'ui:wrong-capture', tabId: 5, accountId: 'jd-baitiao' }, popup)).toMatchObject({
      ok: false,
      code: 'invalid-entry',
    });
    expect(await handle({ type: 'ui:wrong-capture', tabId: 7, accountId: 'site:h5.lender.example' }, popup)).toMatchObject({
      ok: false,
      code: 'invalid-entry',
    });
  });
});

describe('tab captures, pure parts', () => {
  it('keeps only rows that carry a value, and asks the picker for the fields read', () => {
    const batch = {
      accounts: [{ id: 'site:a', lender: 'A' }],
      observations: [
        { accountId: 'site:a', at: FIXED_NOW.toISOString(), status: 'unknown' as const, source: 'page' as const },
        {
          accountId: 'site:a',
          at: FIXED_NOW.toISOString(),
          dailyRate: 0.0003,
          status: 'limited' as const,
          statusText: '额度已冻结',
          source: 'page' as const,
          url: 'https://a/',
        },
      ],
      events: [],
    };
    expect(tabCaptureOf('generic', 'https://a/', batch)).toEqual({
      url: 'https://a/',
      adapter: 'generic',
      accounts: [
        {
          accountId: 'site:a',
          name: 'A',
          at: FIXED_NOW.toISOString(),
          values: { dailyRate: 0.0003, status: 'limited', statusText: '额度已冻结' },
        },
      ],
    });
    expect(tabCaptureOf('generic', 'https://a/', { ...batch, observations: [batch.observations[0]!] })).toBeUndefined();
    expect(pickFieldsOf({ usedAmount: 5, apr: 0.1, status: 'normal' })).toEqual(['usedAmount', 'rate', 'status']);
    expect(pickFieldsOf({ totalLimit: 5, availableLimit: 1, status: 'unknown' })).toEqual(['availableLimit', 'totalLimit']);
  });

  it('reads a malformed session entry as none, and forgets a closed tab', async () => {
    const area = memoryArea();
    const store = tabCaptureStore(area);
    area.items.set('tabCapture:1', { url: 1 });
    expect(await store.get(1)).toBeUndefined();
    await store.remember(2, { url: 'https://a/', adapter: 'generic', accounts: [] });
    expect(await store.get(2)).toEqual({ url: 'https://a/', adapter: 'generic', accounts: [] });
    await store.forget(2);
    expect(await store.get(2)).toBeUndefined();
  });
});

// ui:import-screenshot: screenshots confirmed on the dashboard are stored like a page capture
// (validated, identical values folded, the rules run), with source 'screenshot', at the time the
// picture was taken; never in the future; all or nothing; only from an extension page.
import { describe, expect, it, vi } from 'vitest';
import type { ScreenshotEntry } from '../../../utils/messaging/protocol';
import { countObservations, freshDb, storedObservations } from '../storage/helpers';
import { handlerFor, ID, popup } from './support';

const NOW = new Date('2026-12-07T04:00:00.000Z');
const shot = (over: Partial<ScreenshotEntry> = {}): ScreenshotEntry => ({
  lender: '支付宝',
  product: '借呗',
  kind: 'credit-line',
  values: { totalLimit: 50000, availableLimit: 32000, status: 'normal' },
  at: '2026-12-03T02:15:00.000Z',
  ...over,
});

describe('ui:import-screenshot', () => {
  it('stores each picture as a screenshot observation at its time, creating the account a manual entry would', async () => {
    const db = await freshDb();
    const onStored = vi.fn(async () => undefined);
    const handle = handlerFor(db, { now: () => NOW, onStored });
    const reply = await handle(
      {
        type: 'ui:import-screenshot',
        shots: [shot(), shot({ at: '2026-12-05T02:00:00.000Z', values: { totalLimit: 50000, status: 'normal' } })],
      },
      popup,
    );
    expect(reply).toEqual({ ok: true, added: 2, collapsed: 0, accounts: 1 });
    const rows = await storedObservations(db);
    expect(rows.map((o) => [o.accountId, o.at, o.source])).toEqual([
      ['manual:支付宝/借呗', '2026-12-03T02:15:00.000Z', 'screenshot'],
      ['manual:支付宝/借呗', '2026-12-05T02:00:00.000Z', 'screenshot'],
    ]);
    expect(await db.get('accounts', 'manual:支付宝/借呗')).toMatchObject({ lender: '支付宝', product: '借呗', kind: 'credit-line' });
    expect(onStored).toHaveBeenCalledTimes(1);
  });

  it('lands on the account the screen named (a page adapter’s id), and folds a picture that repeats it', async () => {
    const db = await freshDb();
    const handle = handlerFor(db, { now: () => NOW });
    const baitiao = shot({ accountId: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' });
    expect(await handle({ type: 'ui:import-screenshot', shots: [baitiao] }, popup)).toMatchObject({ ok: true, added: 1, accounts: 1 });
    const later = { ...baitiao, at: '2026-12-04T02:15:00.000Z' };
    expect(await handle({ type: 'ui:import-screenshot', shots: [later] }, popup)).toEqual({
      ok: true,
      added: 0,
      collapsed: 1,
      accounts: 0,
    });
    expect((await storedObservations(db)).map((o) => o.accountId)).toEqual(['jd-baitiao']);
  });

  it('keeps two pictures of one account taken in the same millisecond apart', async () => {
    const db = await freshDb();
    const handle = handlerFor(db, { now: () => NOW });
    const b = shot({ values: { totalLimit: 60000, status: 'normal' } });
    expect(await handle({ type: 'ui:import-screenshot', shots: [shot(), b] }, popup)).toMatchObject({ ok: true, added: 2 });
    expect((await storedObservations(db)).map((o) => o.at)).toEqual(['2026-12-03T02:15:00.000Z', '2026-12-03T02:15:00.001Z']);
  });

  it('refuses a time after now, inconsistent values, or nothing to record, storing none of the batch', async () => {
    const db = await freshDb();
    const handle = handlerFor(db, { now: () => NOW });
    const future = shot({ at: '2026-12-07T04:00:01.000Z' });
    expect(await handle({ type: 'ui:import-screenshot', shots: [shot(), future] }, popup)).toEqual({
      ok: false,
      code: 'invalid-entry',
      path: 'shots.1.at',
      expected: 'a time not in the future',
    });
    const over = shot({ values: { totalLimit: 1000, availableLimit: 2000, status: 'normal' } });
    expect(await handle({ type: 'ui:import-screenshot', shots: [over] }, popup)).toMatchObject({ path: 'shots.0.values.availableLimit' });
    const empty = shot({ values: { status: 'unknown' } });
    expect(await handle({ type: 'ui:import-screenshot', shots: [empty] }, popup)).toMatchObject({ ok: false, code: 'invalid-entry' });
    const negative = shot({ values: { totalLimit: -5, status: 'normal' } });
    expect(await handle({ type: 'ui:import-screenshot', shots: [negative] }, popup)).toMatchObject({ ok: false });
    expect(await countObservations(db)).toBe(0);
    expect(await db.count('accounts')).toBe(0);
  });

  it('is refused from a content script', async () => {
    const db = await freshDb();
    const handle = handlerFor(db, { now: () => NOW });
    const tab = { id: ID, url: 'https://example.com/', tab: { id: 3 }, frameId: 0 };
    expect(await handle({ type: 'ui:import-screenshot', shots: [shot()] }, tab)).toEqual({ ok: false, code: 'forbidden' });
    expect(await countObservations(db)).toBe(0);
  });
});

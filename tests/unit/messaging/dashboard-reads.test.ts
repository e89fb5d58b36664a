// The dashboard page's reads through the message handler: extension pages only, bounded requests,
// an unknown account answered in words the page can show.
import { describe, expect, it } from 'vitest';
import type { SenderLike } from '../../../utils/messaging/sender';
import { recordObservations } from '../../../utils/storage/observations';
import { account, freshDb, observation } from '../storage/helpers';
import { BASE, handlerFor, ID, popup } from './support';

const dashboardPage: SenderLike = { id: ID, url: BASE + 'dashboard.html', origin: BASE.slice(0, -1) };
const lenderTab: SenderLike = { id: ID, url: 'https://baitiao.jd.com/v3/ious/list', tab: { id: 4 }, frameId: 0 };

async function setup() {
  const db = await freshDb();
  await recordObservations(db, {
    accounts: [account()],
    observations: [
      observation(0),
      observation(60, { totalLimit: 40000, availableLimit: 22000, usedAmount: 18000 }),
      observation(120, { status: 'limited' }),
    ],
    events: [{ at: observation(30).at, kind: 'borrow', accountId: 'jd-baitiao', amount: 1000, source: 'manual' }],
  });
  return handlerFor(db);
}

describe('dashboard reads', () => {
  it('answers the dashboard page with a chart, raw rows and the timeline', async () => {
    const handle = await setup();
    const chart = await handle({ type: 'ui:account-history', accountId: 'jd-baitiao', columns: 100 }, dashboardPage);
    expect(chart).toMatchObject({
      ok: true,
      history: {
        accountId: 'jd-baitiao',
        rowCount: 3,
        marks: [{ kind: 'status', status: 'limited' }],
        events: [{ kind: 'borrow', amount: 1000 }],
      },
    });
    const rows = await handle({ type: 'ui:observations', accountId: 'jd-baitiao', limit: 2 }, popup);
    expect(rows).toMatchObject({ ok: true, total: 3, rows: [{ status: 'limited' }, { totalLimit: 40000 }], next: observation(60).at });
    const timeline = await handle({ type: 'ui:timeline', kinds: ['borrow'], limit: 5 }, dashboardPage);
    expect(timeline).toMatchObject({ ok: true, events: [{ kind: 'borrow', accountId: 'jd-baitiao' }] });
    expect(await handle({ type: 'ui:event-lenders' }, dashboardPage)).toEqual({ ok: true, lenders: ['京东'] });
  });

  it('refuses content scripts, unbounded requests and unknown accounts', async () => {
    const handle = await setup();
    expect(await handle({ type: 'ui:account-history', accountId: 'jd-baitiao', columns: 100 }, lenderTab)).toEqual({
      ok: false,
      code: 'forbidden',
    });
    expect(await handle({ type: 'ui:timeline', limit: 5 }, lenderTab)).toEqual({ ok: false, code: 'forbidden' });
    expect(await handle({ type: 'ui:event-lenders' }, lenderTab)).toEqual({ ok: false, code: 'forbidden' });
    expect(await handle({ type: 'ui:observations', accountId: 'jd-baitiao', limit: 5 }, lenderTab)).toEqual({
      ok: false,
      code: 'forbidden',
    });
    expect(await handle({ type: 'ui:account-history', accountId: 'jd-baitiao', columns: 1e6 }, popup)).toEqual({
      ok: false,
      code: 'bad-message',
    });
    expect(await handle({ type: 'ui:observations', accountId: 'jd-baitiao', limit: 100_000 }, popup)).toEqual({
      ok: false,
      code: 'bad-message',
    });
    expect(await handle({ type: 'ui:timeline', kinds: ['payday'], limit: 5 }, popup)).toEqual({ ok: false, code: 'bad-message' });
    expect(await handle({ type: 'ui:account-history', accountId: 'nobody', columns: 10 }, popup)).toMatchObject({
      ok: false,
      code: 'invalid-entry',
      path: 'accountId',
    });
  });
});

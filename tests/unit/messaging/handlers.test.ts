// The background's message handler on a real (fake-indexeddb) database: what each sender may do,
// and that hostile or random messages never throw and never write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SenderLike } from '../../../utils/messaging/sender';
import { freshDb, snapshot } from '../storage/helpers';
import { handlerFor, ID, popup } from './support';

const jdTab: SenderLike = { id: ID, url: 'https://baitiao.jd.com/v3/ious/list', tab: { id: 4 }, frameId: 0 };
const siteTab: SenderLike = { id: ID, url: 'https://h5.lender.example/credit', tab: { id: 5 }, frameId: 0 };

async function setup(opts: { incognitoOptIn?: boolean } = {}) {
  const db = await freshDb();
  let stored = 0;
  let alertsChanged = 0;
  const handle = handlerFor(db, {
    captureIncognito: async () => opts.incognitoOptIn ?? false,
    onStored: () => void stored++,
    onAlertsChanged: () => void alertsChanged++,
  });
  return { db, handle, storedCount: () => stored, alertsChangedCount: () => alertsChanged };
}

const jdCapture = {
  type: 'cs:capture',
  url: 'https://baitiao.jd.com/v3/ious/list',
  result: {
    adapter: 'jd-baitiao',
    events: [],
    observations: [
      {
        accountId: 'jd-baitiao',
        lender: '京东',
        product: '白条',
        kind: 'pay-later',
        totalLimit: 30000,
        availableLimit: 21500.5,
        status: 'normal',
      },
    ],
  },
};

describe('message handler', () => {
  it('tells the background when the popup changed alert states (badge) or deleted everything (a new run)', async () => {
    const { handle, storedCount, alertsChangedCount } = await setup();
    expect(await handle({ type: 'ui:alert-state', ids: ['limit-drop|jd-baitiao'], state: 'seen' }, popup)).toEqual({
      ok: true,
      changed: 0,
    });
    expect(alertsChangedCount()).toBe(1);
    expect(await handle({ type: 'ui:delete-all' }, popup)).toEqual({ ok: true });
    expect(storedCount()).toBe(1);
  });

  it('stores a capture from the adapter’s own page and shows it on the dashboard', async () => {
    const { handle, storedCount } = await setup();
    expect(await handle(jdCapture, jdTab)).toEqual({ ok: true, stored: 1 });
    expect(await handle(jdCapture, jdTab)).toEqual({ ok: true, stored: 0 }); // collapsed
    expect(storedCount()).toBe(2);
    const reply = await handle({ type: 'ui:dashboard' }, popup);
    expect(
      reply.ok &&
        (reply as unknown as { dashboard: { accounts: { account: { id: string } }[] } }).dashboard.accounts.map((a) => a.account.id),
    ).toEqual(['jd-baitiao']);
  });

  it.each([
    ['a content script asking for the dashboard', { type: 'ui:dashboard' }, jdTab],
    ['a content script asking to export', { type: 'ui:export' }, siteTab],
    ['a content script deleting everything', { type: 'ui:delete-all' }, jdTab],
    ['a content script dismissing alerts', { type: 'ui:alert-state', ids: ['limit-drop|jd-baitiao'], state: 'dismissed' }, jdTab],
    ['a capture from a sub-frame', jdCapture, { ...jdTab, frameId: 2 }],
    ['a capture naming another page', jdCapture, siteTab],
    ['a capture claiming an adapter on another site', { ...jdCapture, url: siteTab.url }, siteTab],
    ['a capture from an extension page', jdCapture, popup],
    ['another extension', { type: 'ui:delete-all' }, { ...popup, id: 'x' }],
  ])('refuses %s and writes nothing', async (_name, msg, sender) => {
    const { db, handle } = await setup();
    await handle(jdCapture, jdTab);
    const before = await snapshot(db);
    const reply = await handle(msg, sender);
    expect(reply).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshot(db)).toBe(before);
  });

  it('does not store captures from private windows unless the person opted in', async () => {
    const off = await setup();
    expect(await off.handle(jdCapture, { ...jdTab, tab: { id: 4, incognito: true } })).toEqual({ ok: true, stored: 0 });
    expect(JSON.parse(await snapshot(off.db)).observations).toEqual([]);
    const on = await setup({ incognitoOptIn: true });
    expect(await on.handle(jdCapture, { ...jdTab, tab: { id: 4, incognito: true } })).toEqual({ ok: true, stored: 1 });
  });

  it('rejects invalid extracted values (hostile page) without writing', async () => {
    const { db, handle } = await setup();
    const before = await snapshot(db);
    for (const bad of [-1, Number.NaN, Infinity, 1e15, '30000']) {
      const msg = {
        ...jdCapture,
        result: { ...jdCapture.result, observations: [{ ...jdCapture.result.observations[0], totalLimit: bad }] },
      };
      expect(await handle(msg, jdTab)).toMatchObject({ ok: false, code: 'bad-message' });
    }
    const long = {
      ...jdCapture,
      result: { ...jdCapture.result, observations: [{ ...jdCapture.result.observations[0], statusText: 'x'.repeat(5000) }] },
    };
    expect(await handle(long, jdTab)).toMatchObject({ ok: false, code: 'bad-message' });
    expect(await snapshot(db)).toBe(before);
  });

  it('adds a manual entry and refuses inconsistent ones with the field path', async () => {
    const { handle } = await setup();
    const entry = {
      lender: '蚂蚁',
      product: '借呗',
      kind: 'credit-line',
      values: { totalLimit: 20000, availableLimit: 15000, status: 'normal' },
    };
    expect(await handle({ type: 'ui:add-manual', entry }, popup)).toEqual({ ok: true, accountId: 'manual:蚂蚁/借呗' });
    expect(
      await handle(
        { type: 'ui:add-manual', entry: { ...entry, values: { totalLimit: 100, availableLimit: 200, status: 'normal' } } },
        popup,
      ),
    ).toMatchObject({ ok: false, code: 'invalid-entry', path: 'values.availableLimit' });
    expect(await handle({ type: 'ui:add-manual', entry: { ...entry, accountId: 'nope' } }, popup)).toMatchObject({
      ok: false,
      code: 'invalid-entry',
      path: 'accountId',
    });
  });

  it('never throws and never writes on random messages from any sender', async () => {
    const { db, handle } = await setup();
    await handle(jdCapture, jdTab);
    const before = await snapshot(db);
    const types = ['cs:capture', 'ui:import', 'ui:add-manual', 'ui:add-event', 'ui:track-site', 'ui:dashboard', 'ui:alert-state', 'x'];
    const message = fc.oneof(
      fc.anything(),
      fc.record(
        {
          type: fc.constantFrom(...types),
          url: fc.oneof(fc.string(), fc.webUrl()),
          result: fc.anything(),
          entry: fc.anything(),
          text: fc.string(),
          ids: fc.anything(),
          state: fc.constantFrom('seen', 'dismissed', 'new'),
        },
        { requiredKeys: ['type'] },
      ),
    );
    const sender = fc.constantFrom(popup, jdTab, siteTab, { ...jdTab, frameId: 1 }, {});
    await fc.assert(
      fc.asyncProperty(message, sender, async (msg, from) => {
        const reply = await handle(msg, from);
        expect(typeof reply.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    expect(await snapshot(db)).toBe(before);
  });
});

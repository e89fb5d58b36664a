// Corrections through the background: only extension pages may ask, each one re-runs the rules
// (onStored, here refreshAlerts as the background runs it), unknown ids are 'invalid-entry' with
// the field, and a removal answers what `ui:restore` takes back.
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../utils/model/types';
import type { SenderLike } from '../../../utils/messaging/sender';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { readAlerts, refreshAlerts } from '../../../utils/storage/alerts';
import { eventKey } from '../../../utils/storage/db';
import { ObservationCache } from '../../../utils/storage/observation-cache';
import { recordObservations } from '../../../utils/storage/observations';
import { account, FIXED_NOW, freshDb, minute, observation, snapshot } from '../storage/helpers';
import { handlerFor, ID, popup } from './support';

const jdTab: SenderLike = { id: ID, url: 'https://baitiao.jd.com/v3/ious/list', tab: { id: 4 }, frameId: 0 };
const jd = (at: string, totalLimit: number): Observation => ({ accountId: 'jd-baitiao', at, totalLimit, status: 'normal', source: 'page' });
const repay = { at: '2026-11-10T00:00:00.000Z', kind: 'repay' as const, accountId: 'jd-baitiao', amount: 300, source: 'manual' as const };

async function setup() {
  const db = await freshDb();
  await recordObservations(db, {
    accounts: [account(), account('jd-copy', { lender: '京东', product: undefined })],
    observations: [
      jd('2026-10-01T00:00:00.000Z', 50000),
      jd('2026-11-01T00:00:00.000Z', 50000),
      jd('2026-11-22T00:00:00.000Z', 5000),
      { ...jd('2026-11-02T00:00:00.000Z', 48000), accountId: 'jd-copy' },
    ],
    events: [repay],
  });
  const cache = new ObservationCache();
  let runs = 0;
  // What the background's onStored does: a rule run with its cache.
  const onStored = async () => {
    runs++;
    await refreshAlerts(db, FIXED_NOW, DEFAULT_RULE_SETTINGS, { cache, timeZone: 'Asia/Shanghai' });
  };
  await onStored();
  const handle = handlerFor(db, { onStored });
  return { db, handle, runs: () => runs };
}

const alertIds = async (db: Parameters<typeof readAlerts>[0]) => (await readAlerts(db)).map((a) => a.id);

describe('corrections over messages', () => {
  it('removing the misread newest view clears its alert; undo brings both back', async () => {
    const { db, handle, runs } = await setup();
    expect(await alertIds(db)).toContain('limit-drop|jd-baitiao');
    const text = await snapshot(db);
    const reply = await handle({ type: 'ui:remove-observation', accountId: 'jd-baitiao', at: '2026-11-22T08:00:00+08:00' }, popup);
    expect(reply).toEqual({ ok: true, removed: jd('2026-11-22T00:00:00.000Z', 5000) });
    expect(runs()).toBe(2);
    expect(await alertIds(db)).not.toContain('limit-drop|jd-baitiao');
    // The page sends back what it was given (through structured clone, as sendMessage does).
    const removed = structuredClone((reply as unknown as { removed: Observation }).removed);
    expect(await handle({ type: 'ui:restore', observation: removed }, popup)).toEqual({ ok: true, restored: 1 });
    expect(await snapshot(db)).toBe(text);
    expect(await alertIds(db)).toContain('limit-drop|jd-baitiao');
  });

  it('removes and restores an event by its key', async () => {
    const { db, handle } = await setup();
    const text = await snapshot(db);
    const reply = await handle({ type: 'ui:remove-event', key: eventKey(repay) }, popup);
    expect(reply).toEqual({ ok: true, removed: repay });
    expect(await db.count('eventMonths')).toBe(0);
    expect(await handle({ type: 'ui:restore', event: repay }, popup)).toEqual({ ok: true, restored: 1 });
    expect(await snapshot(db)).toBe(text);
  });

  it('renames and merges, re-running the rules each time', async () => {
    const { db, handle, runs } = await setup();
    expect(await handle({ type: 'ui:rename-account', accountId: 'jd-copy', lender: '京东金融', product: '白条副卡' }, popup)).toEqual({
      ok: true,
      account: { id: 'jd-copy', lender: '京东金融', product: '白条副卡', kind: 'pay-later' },
    });
    expect(await handle({ type: 'ui:merge-accounts', from: 'jd-baitiao', into: 'jd-copy' }, popup)).toEqual({
      ok: true,
      moved: { observations: 2, events: 1, shifted: 0 },
    });
    expect(runs()).toBe(3);
    const ids = await alertIds(db);
    expect(ids.filter((id) => id.endsWith('|jd-baitiao'))).toEqual([]);
    expect(ids).toContain('limit-drop|jd-copy');
    expect(await db.get('accounts', 'jd-copy')).toMatchObject({ observationCount: 3, lender: '京东金融' });
  });

  it('answers unknown ids and bad rows with the field, and stores nothing', async () => {
    const { db, handle, runs } = await setup();
    const text = await snapshot(db);
    const cases: [unknown, object][] = [
      [
        { type: 'ui:remove-observation', accountId: 'nobody', at: minute(0) },
        { path: 'accountId', expected: 'an existing account' },
      ],
      [
        { type: 'ui:remove-observation', accountId: 'jd-baitiao', at: minute(0) },
        { path: 'at', expected: 'the time of a stored observation of this account' },
      ],
      [
        { type: 'ui:remove-event', key: '["2026-01-01T00:00:00.000Z"]' },
        { path: 'key', expected: 'the key of a stored event' },
      ],
      [
        { type: 'ui:restore', observation: { ...observation(0), totalLimit: 0.001 } },
        { path: 'observation.totalLimit', expected: 'a non-negative number of yuan with at most 2 decimals' },
      ],
      [
        { type: 'ui:restore', event: { ...repay, accountId: 'nobody' } },
        { path: 'event.accountId', expected: 'an existing account' },
      ],
      [
        { type: 'ui:rename-account', accountId: 'nobody', lender: '甲' },
        { path: 'accountId', expected: 'an existing account' },
      ],
      [
        { type: 'ui:rename-account', accountId: 'jd-copy', lender: ' ' },
        { path: 'lender', expected: 'text of 1 to 200 characters' },
      ],
      [
        { type: 'ui:merge-accounts', from: 'nobody', into: 'jd-copy' },
        { path: 'from', expected: 'an existing account' },
      ],
      [
        { type: 'ui:merge-accounts', from: 'jd-copy', into: 'jd-copy' },
        { path: 'into', expected: 'an account other than the one merged into it' },
      ],
    ];
    for (const [msg, field] of cases) expect(await handle(msg, popup)).toEqual({ ok: false, code: 'invalid-entry', ...field });
    expect(runs()).toBe(1); // only the set-up's run
    expect(await snapshot(db)).toBe(text);
  });

  it('refuses corrections from a content script and malformed ones, storing nothing', async () => {
    const { db, handle } = await setup();
    const text = await snapshot(db);
    for (const msg of [
      { type: 'ui:remove-observation', accountId: 'jd-baitiao', at: '2026-11-22T00:00:00.000Z' },
      { type: 'ui:remove-event', key: eventKey(repay) },
      { type: 'ui:rename-account', accountId: 'jd-baitiao', lender: '页面' },
      { type: 'ui:merge-accounts', from: 'jd-copy', into: 'jd-baitiao' },
      { type: 'ui:restore', observation: observation(3) },
    ]) {
      expect(await handle(msg, jdTab)).toEqual({ ok: false, code: 'forbidden' });
    }
    for (const msg of [
      { type: 'ui:restore' },
      { type: 'ui:restore', observation: observation(3), event: repay },
      { type: 'ui:remove-observation', accountId: 'jd-baitiao', at: 'yesterday' },
      { type: 'ui:remove-event', key: '' },
      { type: 'ui:merge-accounts', from: 'x'.repeat(81), into: 'jd-baitiao' },
      { type: 'ui:rename-account', accountId: 'jd-baitiao', lender: '甲', colour: 'red' },
    ]) {
      expect(await handle(msg, popup)).toEqual({ ok: false, code: 'bad-message' });
    }
    expect(await snapshot(db)).toBe(text);
  });
});

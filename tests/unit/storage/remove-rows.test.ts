// Corrections: one observation or event removed keeps every other row, keeps the account's
// bookkeeping right, and is put back exactly by undo (the export is byte-identical again).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HistoryFile } from '../../../utils/model/types';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { readAlerts, refreshAlerts } from '../../../utils/storage/alerts';
import { readDashboard } from '../../../utils/storage/dashboard';
import { eventKey } from '../../../utils/storage/db';
import { exportHistory, importHistory } from '../../../utils/storage/import-export';
import { ObservationCache } from '../../../utils/storage/observation-cache';
import { recordObservations } from '../../../utils/storage/observations';
import { removeEvent, removeObservation, restoreRow } from '../../../utils/storage/remove-rows';
import { account, FIXED_NOW, freshDb, minute, observation, snapshot, storedObservations } from './helpers';

const sample = readFileSync(new URL('../../fixtures/histories/sample-cut.json', import.meta.url), 'utf8');
const exported = async (db: Parameters<typeof snapshot>[0]): Promise<HistoryFile> => exportHistory(db, FIXED_NOW);

/** Every row of `before` except the one at `index`, as the export lists them. */
const without = <T>(rows: readonly T[], index: number): T[] => rows.filter((_, i) => i !== index);

describe('removing one observation', () => {
  it('keeps every other row of every account, then undo gives back the very same export', async () => {
    const db = await freshDb();
    await importHistory(db, sample, { now: FIXED_NOW });
    const before = await exported(db);
    const text = await snapshot(db);
    // One from the middle of an account's history (its neighbours may then carry equal values).
    const index = before.observations.findIndex(
      (o, i) => i > 0 && before.observations[i + 1]?.accountId === o.accountId && before.observations[i - 1]?.accountId === o.accountId,
    );
    const target = before.observations[index]!;
    const result = await removeObservation(db, target.accountId, target.at);
    expect(result).toEqual({ ok: true, value: target });
    const after = await exported(db);
    expect(after.observations).toEqual(without(before.observations, index));
    expect(after.accounts).toEqual(before.accounts);
    expect(after.events).toEqual(before.events);
    if (!result.ok) throw new Error('not removed');
    expect(await restoreRow(db, { observation: result.value })).toEqual({ ok: true, value: 1 });
    expect(await snapshot(db)).toBe(text);
    // An undo sent twice adds nothing.
    expect(await restoreRow(db, { observation: result.value })).toEqual({ ok: true, value: 0 });
    expect(await snapshot(db)).toBe(text);
  });

  it('undo does not collapse the restored row into an identical neighbour and keeps its lastSeenAt', async () => {
    const db = await freshDb();
    await recordObservations(db, {
      accounts: [account()],
      events: [],
      observations: [observation(0), observation(5, { totalLimit: 100 }), observation(10)],
    });
    const text = await snapshot(db);
    const removed = await removeObservation(db, 'jd-baitiao', minute(5));
    // Now rows 0 and 10 carry the same values next to each other: both stay.
    expect((await storedObservations(db)).map((o) => o.at)).toEqual([minute(0), minute(10)]);
    if (!removed.ok) throw new Error('not removed');
    await restoreRow(db, { observation: { ...removed.value } });
    expect(await snapshot(db)).toBe(text);

    const seen = await freshDb();
    await recordObservations(seen, {
      accounts: [account()],
      events: [],
      observations: [observation(0), observation(5), observation(9), observation(10, { totalLimit: 1 })],
    });
    const [row] = await storedObservations(seen);
    expect(row!.lastSeenAt).toBe(minute(9)); // three views collapsed into one row
    const seenText = await snapshot(seen);
    const gone = await removeObservation(seen, 'jd-baitiao', minute(0));
    if (!gone.ok) throw new Error('not removed');
    expect(gone.value.lastSeenAt).toBe(minute(9));
    await restoreRow(seen, { observation: gone.value });
    expect(await snapshot(seen)).toBe(seenText);
  });

  it('keeps the account bookkeeping right: count, latest, first seen and a new pagesVersion', async () => {
    const db = await freshDb();
    await recordObservations(db, {
      accounts: [account()],
      events: [],
      observations: [observation(0), observation(5, { totalLimit: 100 }), observation(10, { totalLimit: 200 })],
    });
    const version = (await db.get('accounts', 'jd-baitiao'))!.pagesVersion;
    await removeObservation(db, 'jd-baitiao', minute(10));
    let row = (await db.get('accounts', 'jd-baitiao'))!;
    expect(row).toMatchObject({ observationCount: 2, latest: { at: minute(5), totalLimit: 100 }, firstSeenAt: minute(0) });
    expect(row.pagesVersion).not.toBe(version);
    await removeObservation(db, 'jd-baitiao', minute(0));
    row = (await db.get('accounts', 'jd-baitiao'))!;
    expect(row).toMatchObject({ observationCount: 1, latest: { at: minute(5) }, firstSeenAt: minute(5) });
    // The last one: the account stays (events may name it), with nothing to show.
    await removeObservation(db, 'jd-baitiao', minute(5));
    row = (await db.get('accounts', 'jd-baitiao'))!;
    expect(row.observationCount).toBe(0);
    expect(row.latest).toBeUndefined();
    expect(row.firstSeenAt).toBeUndefined();
    expect(await db.count('observationMonths')).toBe(0);
    expect((await readDashboard(db)).accounts.map((a) => [a.account.id, a.observationCount])).toEqual([['jd-baitiao', 0]]);
    expect((await exported(db)).accounts).toEqual([account()]);
  });

  it('answers the field for an unknown account or time and changes nothing', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [account()], events: [], observations: [observation(0)] });
    const text = await snapshot(db);
    expect(await removeObservation(db, 'nobody', minute(0))).toEqual({
      ok: false,
      problem: { path: 'accountId', expected: 'an existing account' },
    });
    expect(await removeObservation(db, 'jd-baitiao', minute(1))).toMatchObject({ ok: false, problem: { path: 'at' } });
    expect(await snapshot(db)).toBe(text);
  });

  it('undo refuses a different row at the same time, an unknown account and a row the format refuses', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [account()], events: [], observations: [observation(0)] });
    const text = await snapshot(db);
    expect(await restoreRow(db, { observation: observation(0, { totalLimit: 1 }) })).toEqual({
      ok: false,
      problem: { path: 'observation.at', expected: 'a time not used by another observation of this account' },
    });
    expect(await restoreRow(db, { observation: observation(1, { accountId: 'nobody' }) })).toMatchObject({
      ok: false,
      problem: { path: 'observation.accountId' },
    });
    expect(await restoreRow(db, { observation: observation(1, { totalLimit: -5 }) })).toEqual({
      ok: false,
      problem: { path: 'observation.totalLimit', expected: 'a non-negative number of yuan with at most 2 decimals' },
    });
    expect(await restoreRow(db, { observation: { ...observation(1), colour: 'red' } })).toMatchObject({
      ok: false,
      problem: { expected: 'no such field' },
    });
    expect(await snapshot(db)).toBe(text);
  });

  it('the alert a misread low limit on the newest view caused goes away once that view is removed', async () => {
    const db = await freshDb();
    const jd = (at: string, totalLimit: number) => ({
      accountId: 'jd-baitiao',
      at,
      totalLimit,
      status: 'normal' as const,
      source: 'page' as const,
    });
    await recordObservations(db, {
      accounts: [account()],
      events: [],
      observations: [jd('2026-10-01T00:00:00.000Z', 50000), jd('2026-11-01T00:00:00.000Z', 50000), jd('2026-11-22T00:00:00.000Z', 5000)],
    });
    const cache = new ObservationCache();
    const run = () => refreshAlerts(db, FIXED_NOW, DEFAULT_RULE_SETTINGS, { cache, timeZone: 'Asia/Shanghai' });
    await run();
    expect((await readAlerts(db)).map((a) => a.id)).toContain('limit-drop|jd-baitiao');
    expect(await removeObservation(db, 'jd-baitiao', '2026-11-22T00:00:00.000Z')).toMatchObject({ ok: true });
    // The same cache as the background's: the new pagesVersion makes it read the account again.
    const changes = await run();
    expect(changes.remove).toContain('limit-drop|jd-baitiao');
    expect((await readAlerts(db)).map((a) => a.id)).not.toContain('limit-drop|jd-baitiao');
  });
});

describe('removing one event', () => {
  it('keeps every other row, then undo gives back the very same export', async () => {
    const db = await freshDb();
    await importHistory(db, sample, { now: FIXED_NOW });
    const before = await exported(db);
    const text = await snapshot(db);
    expect(before.events.length).toBeGreaterThan(2);
    const index = 1;
    const target = before.events[index]!;
    const result = await removeEvent(db, eventKey(target));
    expect(result).toEqual({ ok: true, value: target });
    const after = await exported(db);
    expect(after.events).toEqual(without(before.events, index));
    expect(after.observations).toEqual(before.observations);
    expect(after.accounts).toEqual(before.accounts);
    if (!result.ok) throw new Error('not removed');
    expect(await restoreRow(db, { event: result.value })).toEqual({ ok: true, value: 1 });
    expect(await snapshot(db)).toBe(text);
    expect(await restoreRow(db, { event: result.value })).toEqual({ ok: true, value: 0 });
  });

  it('empties and deletes a month page, and answers the key for an unknown one', async () => {
    const db = await freshDb();
    const e = {
      at: '2026-09-12T00:00:00.000Z',
      kind: 'inquiry' as const,
      lender: '某消费金融公司',
      reason: '贷款审批',
      source: 'credit-report' as const,
    };
    await recordObservations(db, { accounts: [], observations: [], events: [e] });
    expect(await removeEvent(db, eventKey(e))).toEqual({ ok: true, value: e });
    expect(await db.count('eventMonths')).toBe(0);
    expect(await removeEvent(db, eventKey(e))).toEqual({ ok: false, problem: { path: 'key', expected: 'the key of a stored event' } });
    expect(await removeEvent(db, 'not json')).toMatchObject({ ok: false, problem: { path: 'key' } });
    expect(await restoreRow(db, { event: { ...e, accountId: 'nobody' } })).toMatchObject({
      ok: false,
      problem: { path: 'event.accountId' },
    });
    expect(await restoreRow(db, { event: { ...e, kind: 'gift' } })).toMatchObject({ ok: false, problem: { path: 'event.kind' } });
    expect(await db.count('eventMonths')).toBe(0);
  });
});

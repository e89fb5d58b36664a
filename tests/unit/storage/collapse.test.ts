// Revisiting an unchanged page must not grow the history: identical neighbours in time are one row.
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../utils/model/types';
import { DbError } from '../../../utils/storage/db';
import { recordObservations } from '../../../utils/storage/observations';
import { account, freshDb, minute, observation, countObservations, storedObservations } from './helpers';
import { storedEvents } from './stored-events';

const record = (db: Awaited<ReturnType<typeof freshDb>>, ...observations: Observation[]) =>
  recordObservations(db, { accounts: [account()], observations, events: [] });

describe('recordObservations collapse', () => {
  it('folds an identical later observation into the row and moves its lastSeenAt', async () => {
    const db = await freshDb();
    expect(await record(db, observation(0))).toEqual({ added: 1, collapsed: 0, events: 0 });
    expect(await record(db, observation(5))).toEqual({ added: 0, collapsed: 1, events: 0 });
    expect(await record(db, observation(9))).toEqual({ added: 0, collapsed: 1, events: 0 });
    const rows = await storedObservations(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ at: minute(0), lastSeenAt: minute(9) });
  });

  it('adds a row when any observed value changes', async () => {
    const changes: Partial<Observation>[] = [
      { totalLimit: 45000 },
      { availableLimit: 31999.99 },
      { usedAmount: undefined }, // absent equals absent only
      { dailyRate: 0.0004 },
      { apr: 0.15 },
      { status: 'limited' },
      { statusText: '正常' },
      { increaseAvailable: false },
    ];
    for (const change of changes) {
      const db = await freshDb();
      await record(db, observation(0));
      expect(await record(db, observation(1, change)), JSON.stringify(Object.keys(change))).toMatchObject({ added: 1, collapsed: 0 });
      expect(await countObservations(db)).toBe(2);
    }
  });

  it('keeps A, B, A as three rows (only neighbours collapse)', async () => {
    const db = await freshDb();
    await record(db, observation(0));
    await record(db, observation(1, { totalLimit: 40000 }));
    await record(db, observation(2));
    expect(await countObservations(db)).toBe(3);
  });

  it('ignores where an observation came from: source and url do not split a run', async () => {
    const db = await freshDb();
    await record(db, observation(0));
    expect(await record(db, observation(3, { source: 'manual', url: undefined }))).toMatchObject({ collapsed: 1 });
  });

  it('compares with the row just before it in time, even when it arrives late', async () => {
    const db = await freshDb();
    await record(db, observation(0), observation(10, { totalLimit: 40000 }));
    // Same values as minute 0, seen at minute 5: extends the first row, not a new one.
    expect(await record(db, observation(5))).toMatchObject({ collapsed: 1 });
    const [first, second] = await storedObservations(db);
    expect(first).toMatchObject({ at: minute(0), lastSeenAt: minute(5) });
    expect(second).toMatchObject({ at: minute(10), totalLimit: 40000 });
  });

  it('joins an identical run that starts just after it (captures out of time order)', async () => {
    const db = await freshDb();
    await record(db, observation(8));
    expect(await record(db, observation(3))).toMatchObject({ added: 0, collapsed: 1 });
    const rows = await storedObservations(db);
    expect(rows).toEqual([expect.objectContaining({ at: minute(3), lastSeenAt: minute(8) })]);
  });

  it('sorts a batch by time before placing it', async () => {
    const db = await freshDb();
    expect(await record(db, observation(4), observation(2), observation(6))).toEqual({ added: 1, collapsed: 2, events: 0 });
    expect(await storedObservations(db)).toEqual([expect.objectContaining({ at: minute(2), lastSeenAt: minute(6) })]);
  });

  it('recording the very same observation twice changes nothing', async () => {
    const db = await freshDb();
    await record(db, observation(0));
    await record(db, observation(0));
    const rows = await storedObservations(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).not.toHaveProperty('lastSeenAt');
  });

  it('keeps the first row when two different views claim the same instant', async () => {
    const db = await freshDb();
    expect(await record(db, observation(0), observation(0, { totalLimit: 1 }))).toMatchObject({ added: 1 });
    expect((await storedObservations(db))[0]?.totalLimit).toBe(50000);
  });

  it('skips an observation that carries nothing (the format cannot hold it)', async () => {
    const db = await freshDb();
    const empty: Observation = { accountId: 'jd-baitiao', at: minute(0), status: 'unknown', source: 'page' };
    expect(await record(db, empty)).toEqual({ added: 0, collapsed: 0, events: 0 });
  });

  it('stores times as UTC instants, whatever offset they came with', async () => {
    const db = await freshDb();
    await record(db, observation(0, { at: '2026-10-01T18:00:00+08:00' }));
    expect((await storedObservations(db))[0]?.at).toBe('2026-10-01T10:00:00.000Z');
  });

  it('refuses an observation of an account that exists nowhere, writing nothing', async () => {
    const db = await freshDb();
    const orphan = observation(0, { accountId: 'nobody' });
    await expect(
      recordObservations(db, { accounts: [account()], observations: [observation(1), orphan], events: [] }),
    ).rejects.toMatchObject({
      code: 'invalid-entry',
    });
    await expect(recordObservations(db, { accounts: [], observations: [orphan], events: [] })).rejects.toBeInstanceOf(DbError);
    expect(await countObservations(db)).toBe(0);
    expect(await db.count('accounts')).toBe(0);
  });

  it('keeps a stored account as it is and only fills its gaps', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [{ id: 'jd-baitiao', lender: '京东' }], observations: [], events: [] });
    await recordObservations(db, { accounts: [account('jd-baitiao', { lender: 'JD' })], observations: [], events: [] });
    expect(await db.get('accounts', 'jd-baitiao')).toEqual({
      id: 'jd-baitiao',
      lender: '京东',
      product: '白条',
      kind: 'pay-later',
      observationCount: 0,
    });
  });

  it('stores an event once, however often it is captured', async () => {
    const db = await freshDb();
    const event = { at: minute(0), kind: 'borrow' as const, accountId: 'jd-baitiao', amount: 3000, source: 'page' as const };
    const batch = { accounts: [account()], observations: [], events: [event, { ...event }] };
    expect(await recordObservations(db, batch)).toMatchObject({ events: 1 });
    expect(await recordObservations(db, batch)).toMatchObject({ events: 0 });
    expect(await recordObservations(db, { ...batch, events: [{ ...event, amount: 3000.01 }] })).toMatchObject({ events: 1 });
    expect(await storedEvents(db)).toHaveLength(2);
  });
});

// Observations live in account-month pages (observation-months.ts): neighbours in time may sit on
// different pages, with empty months between them.
describe('collapse across month pages', () => {
  const at = (month: number, day = 1) => new Date(Date.UTC(2026, month, day, 10)).toISOString();
  const pages = async (db: Awaited<ReturnType<typeof freshDb>>) =>
    (await db.getAll('observationMonths')).map((p) => [p.month, p.rows.map((r) => r.at)]);

  it('folds a view months later into the row it repeats, on that row’s page', async () => {
    const db = await freshDb();
    await record(db, observation(0, { at: at(6) }));
    expect(await record(db, observation(0, { at: at(9, 15) }))).toMatchObject({ collapsed: 1 });
    expect(await storedObservations(db)).toEqual([expect.objectContaining({ at: at(6), lastSeenAt: at(9, 15) })]);
    expect(await pages(db)).toEqual([['2026-07', [at(6)]]]);
  });

  it('moves a run to the earlier page when a late capture starts it sooner, leaving no empty page', async () => {
    const db = await freshDb();
    await record(db, observation(0, { at: at(3), totalLimit: 1 }), observation(0, { at: at(9) }));
    expect(await record(db, observation(0, { at: at(5) }))).toMatchObject({ added: 0, collapsed: 1 });
    expect(await pages(db)).toEqual([
      ['2026-04', [at(3)]],
      ['2026-06', [at(5)]],
    ]);
    expect((await storedObservations(db))[1]).toMatchObject({ at: at(5), lastSeenAt: at(9) });
  });

  it('compares with the newest row of an earlier page when its own month has none before it', async () => {
    const db = await freshDb();
    await record(db, observation(0, { at: at(1) }), observation(0, { at: at(4, 20), totalLimit: 40000 }));
    expect(await record(db, observation(0, { at: at(4, 2) }))).toMatchObject({ collapsed: 1 });
    expect(await pages(db)).toEqual([
      ['2026-02', [at(1)]],
      ['2026-05', [at(4, 20)]],
    ]);
  });

  it('keeps each page to its own month, sorted, whatever order a batch comes in', async () => {
    const db = await freshDb();
    const views = [11, 0, 5, 3, 8, 1].map((m, i) => observation(0, { at: at(m, 3), totalLimit: 1000 * (i + 1) }));
    expect(await record(db, ...views)).toMatchObject({ added: 6 });
    for (const [month, ats] of await pages(db)) {
      expect((ats as string[]).every((t) => t.startsWith(month as string))).toBe(true);
      expect([...(ats as string[])].sort()).toEqual(ats);
    }
    expect((await storedObservations(db)).map((o) => o.at)).toEqual(views.map((v) => v.at).sort());
  });
});

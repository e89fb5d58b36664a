// Revisiting an unchanged page must not grow the history: identical neighbours in time are one row.
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../utils/model/types';
import { DbError } from '../../../utils/storage/db';
import { recordObservations } from '../../../utils/storage/observations';
import { account, freshDb, minute, observation } from './helpers';
import { storedEvents } from './stored-events';

const record = (db: Awaited<ReturnType<typeof freshDb>>, ...observations: Observation[]) =>
  recordObservations(db, { accounts: [account()], observations, events: [] });

describe('recordObservations collapse', () => {
  it('folds an identical later observation into the row and moves its lastSeenAt', async () => {
    const db = await freshDb();
    expect(await record(db, observation(0))).toEqual({ added: 1, collapsed: 0, events: 0 });
    expect(await record(db, observation(5))).toEqual({ added: 0, collapsed: 1, events: 0 });
    expect(await record(db, observation(9))).toEqual({ added: 0, collapsed: 1, events: 0 });
    const rows = await db.getAll('observations');
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
      expect(await db.count('observations')).toBe(2);
    }
  });

  it('keeps A, B, A as three rows (only neighbours collapse)', async () => {
    const db = await freshDb();
    await record(db, observation(0));
    await record(db, observation(1, { totalLimit: 40000 }));
    await record(db, observation(2));
    expect(await db.count('observations')).toBe(3);
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
    const [first, second] = await db.getAll('observations');
    expect(first).toMatchObject({ at: minute(0), lastSeenAt: minute(5) });
    expect(second).toMatchObject({ at: minute(10), totalLimit: 40000 });
  });

  it('joins an identical run that starts just after it (captures out of time order)', async () => {
    const db = await freshDb();
    await record(db, observation(8));
    expect(await record(db, observation(3))).toMatchObject({ added: 0, collapsed: 1 });
    const rows = await db.getAll('observations');
    expect(rows).toEqual([expect.objectContaining({ at: minute(3), lastSeenAt: minute(8) })]);
  });

  it('sorts a batch by time before placing it', async () => {
    const db = await freshDb();
    expect(await record(db, observation(4), observation(2), observation(6))).toEqual({ added: 1, collapsed: 2, events: 0 });
    expect(await db.getAll('observations')).toEqual([expect.objectContaining({ at: minute(2), lastSeenAt: minute(6) })]);
  });

  it('recording the very same observation twice changes nothing', async () => {
    const db = await freshDb();
    await record(db, observation(0));
    await record(db, observation(0));
    const rows = await db.getAll('observations');
    expect(rows).toHaveLength(1);
    expect(rows[0]).not.toHaveProperty('lastSeenAt');
  });

  it('keeps the first row when two different views claim the same instant', async () => {
    const db = await freshDb();
    expect(await record(db, observation(0), observation(0, { totalLimit: 1 }))).toMatchObject({ added: 1 });
    expect((await db.getAll('observations'))[0]?.totalLimit).toBe(50000);
  });

  it('skips an observation that carries nothing (the format cannot hold it)', async () => {
    const db = await freshDb();
    const empty: Observation = { accountId: 'jd-baitiao', at: minute(0), status: 'unknown', source: 'page' };
    expect(await record(db, empty)).toEqual({ added: 0, collapsed: 0, events: 0 });
  });

  it('stores times as UTC instants, whatever offset they came with', async () => {
    const db = await freshDb();
    await record(db, observation(0, { at: '2026-10-01T18:00:00+08:00' }));
    expect((await db.getAll('observations'))[0]?.at).toBe('2026-10-01T10:00:00.000Z');
  });

  it('refuses an observation of an account that exists nowhere, writing nothing', async () => {
    const db = await freshDb();
    const orphan = observation(0, { accountId: 'nobody' });
    await expect(recordObservations(db, { accounts: [account()], observations: [observation(1), orphan], events: [] })).rejects.toMatchObject({
      code: 'invalid-entry',
    });
    await expect(recordObservations(db, { accounts: [], observations: [orphan], events: [] })).rejects.toBeInstanceOf(DbError);
    expect(await db.count('observations')).toBe(0);
    expect(await db.count('accounts')).toBe(0);
  });

  it('keeps a stored account as it is and only fills its gaps', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [{ id: 'jd-baitiao', lender: '京东' }], observations: [], events: [] });
    await recordObservations(db, { accounts: [account('jd-baitiao', { lender: 'JD' })], observations: [], events: [] });
    expect(await db.get('accounts', 'jd-baitiao')).toEqual({ id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later', observationCount: 0 });
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

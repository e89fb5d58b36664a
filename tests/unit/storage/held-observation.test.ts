// The stored row that holds a capture: itself, or the identical earlier row it was folded into (in
// an earlier month too); nothing once that row is removed or says something else.
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../utils/model/types';
import { heldObservation } from '../../../utils/storage/held-observation';
import { recordObservations } from '../../../utils/storage/observations';
import { removeObservation } from '../../../utils/storage/remove-rows';
import { account, freshDb } from './helpers';

const row = (at: string, availableLimit: number): Observation => ({
  accountId: 'jd-baitiao',
  at,
  availableLimit,
  status: 'normal',
  source: 'page',
});
const values = (availableLimit: number) => ({ availableLimit, status: 'normal' as const });

describe('heldObservation', () => {
  it('finds the earlier identical row a capture was folded into, across months', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [account()], observations: [row('2026-10-30T00:00:00.000Z', 1)], events: [] });
    // Folded: same values a month later.
    await recordObservations(db, { accounts: [account()], observations: [row('2026-11-20T00:00:00.000Z', 1)], events: [] });
    // A later, different row in the capture's month does not hide it.
    await recordObservations(db, { accounts: [account()], observations: [row('2026-11-22T00:00:00.000Z', 8600)], events: [] });
    const held = await heldObservation(db, 'jd-baitiao', '2026-11-20T00:00:00.000Z', values(1));
    expect(held).toMatchObject({ at: '2026-10-30T00:00:00.000Z', availableLimit: 1, lastSeenAt: '2026-11-20T00:00:00.000Z' });
    expect(await heldObservation(db, 'jd-baitiao', '2026-11-22T00:00:00.000Z', values(8600))).toMatchObject({
      at: '2026-11-22T00:00:00.000Z',
    });
    // Values that differ from the holding row (read wrong by someone else since): none.
    expect(await heldObservation(db, 'jd-baitiao', '2026-11-20T00:00:00.000Z', values(2))).toBeUndefined();
    await removeObservation(db, 'jd-baitiao', '2026-10-30T00:00:00.000Z');
    expect(await heldObservation(db, 'jd-baitiao', '2026-11-20T00:00:00.000Z', values(1))).toBeUndefined();
    expect(await heldObservation(db, 'nobody', '2026-11-20T00:00:00.000Z', values(1))).toBeUndefined();
  });
});

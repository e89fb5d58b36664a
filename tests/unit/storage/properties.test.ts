// Properties over many generated histories: collapse keeps exactly one row per run of equal values,
// and any valid history survives export → import → export unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent, HistoryFile, Observation } from '../../../utils/model/types';
import { exportHistory, importHistory } from '../../../utils/storage/import-export';
import { recordObservations } from '../../../utils/storage/observations';
import { account, FIXED_NOW, freshDb, minute, observation } from './helpers';

const cents = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: FIXED_NOW.getTime() }).map((t) => new Date(t).toISOString());
const ids = ['a', 'b', 'c'] as const;

const observationArb = fc.record(
  {
    accountId: fc.constantFrom(...ids),
    at: instant,
    totalLimit: cents,
    availableLimit: cents,
    dailyRate: fc.integer({ min: 0, max: 100 }).map((n) => n / 100_000),
    status: fc.constantFrom('normal', 'limited', 'frozen', 'closed'),
    increaseAvailable: fc.boolean(),
    source: fc.constantFrom('page', 'manual'),
  },
  { requiredKeys: ['accountId', 'at', 'status', 'source'] },
) as fc.Arbitrary<Observation>;

const eventArb = fc.record(
  { at: instant, kind: fc.constantFrom('inquiry', 'borrow', 'repay'), accountId: fc.constantFrom(...ids), amount: cents, full: fc.boolean(), source: fc.constantFrom('manual', 'import') },
  { requiredKeys: ['at', 'kind'] },
) as fc.Arbitrary<HistoryEvent>;

const historyArb = fc
  .record({ observations: fc.array(observationArb, { maxLength: 30 }), events: fc.array(eventArb, { maxLength: 15 }) })
  .map(({ observations, events }): HistoryFile => ({
    format: 'limit-sentinel.history',
    version: 1,
    exportedAt: FIXED_NOW.toISOString(),
    accounts: ids.map((id) => account(id, { lender: `贷方 ${id}` })),
    // One observation per [accountId, at], as the format's storage requires.
    observations: [...new Map(observations.map((o) => [`${o.accountId} ${o.at}`, o])).values()],
    events,
  }));

const withoutExportedAt = ({ exportedAt: _e, ...rest }: HistoryFile) => rest;

describe('properties', () => {
  it('a capture sequence leaves one row per run of equal values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(50000, 45000, 30000), { minLength: 1, maxLength: 25 }), async (limits) => {
        const db = await freshDb();
        for (const [i, totalLimit] of limits.entries()) {
          await recordObservations(db, { accounts: [account()], observations: [observation(i, { totalLimit })], events: [] });
        }
        const runs = limits.filter((l, i) => i === 0 || l !== limits[i - 1]).length;
        const rows = await db.getAll('observations');
        expect(rows).toHaveLength(runs);
        expect(rows.at(-1)?.lastSeenAt ?? rows.at(-1)?.at).toBe(minute(limits.length - 1));
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('any valid history: export → import → export is the same file, and a second import adds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (file) => {
        const first = await freshDb();
        expect(await importHistory(first, JSON.stringify(file), { now: FIXED_NOW })).toMatchObject({ ok: true });
        const exported = await exportHistory(first, FIXED_NOW);
        const second = await freshDb();
        await importHistory(second, JSON.stringify(exported), { now: FIXED_NOW });
        expect(withoutExportedAt(await exportHistory(second, FIXED_NOW))).toEqual(withoutExportedAt(exported));
        expect(await importHistory(second, JSON.stringify(file), { now: FIXED_NOW })).toEqual({ ok: true, added: { accounts: 0, observations: 0, events: 0 } });
        first.close();
        second.close();
      }),
      { numRuns: 40 },
    );
  });
});

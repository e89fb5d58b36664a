// Properties over many generated histories: collapse keeps exactly one row per run of equal values,
// and any valid history survives export → import → export unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent, HistoryFile, Observation } from '../../../utils/model/types';
import { exportHistory, importHistory } from '../../../utils/storage/import-export';
import { recordObservations } from '../../../utils/storage/observations';
import { account, FIXED_NOW, freshDb, minute, observation, storedObservations } from './helpers';

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
  {
    at: instant,
    kind: fc.constantFrom('inquiry', 'borrow', 'repay'),
    accountId: fc.constantFrom(...ids),
    amount: cents,
    full: fc.boolean(),
    source: fc.constantFrom('manual', 'import'),
  },
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
        const rows = await storedObservations(db);
        expect(rows).toHaveLength(runs);
        expect(rows.at(-1)?.lastSeenAt ?? rows.at(-1)?.at).toBe(minute(limits.length - 1));
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('captures across months, in any order, leave well-formed month pages that cover every view', async () => {
    const view = fc.record({ day: fc.integer({ min: 0, max: 400 }), totalLimit: fc.constantFrom(50000, 45000) });
    await fc.assert(
      fc.asyncProperty(fc.array(view, { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 4 }), async (views, batchSize) => {
        const db = await freshDb();
        const captured = views.map(({ day, totalLimit }) =>
          observation(0, { at: new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString(), totalLimit }),
        );
        for (let i = 0; i < captured.length; i += batchSize) {
          await recordObservations(db, { accounts: [account()], observations: captured.slice(i, i + batchSize), events: [] });
        }
        const pages = await db.getAll('observationMonths');
        for (const p of pages) {
          expect(p.rows.length).toBeGreaterThan(0);
          expect(p.rows.every((r) => r.at.slice(0, 7) === p.month)).toBe(true);
          expect(p.rows.map((r) => r.at)).toEqual([...new Set(p.rows.map((r) => r.at))].sort());
        }
        const rows = pages.flatMap((p) => p.rows);
        // Every view is inside a run of its own values ([at, lastSeenAt] of a row showing the same
        // limit), or it claimed an instant a row already held with other values (the first stays).
        const covers = (r: Observation, at: string) => r.at <= at && at <= (r.lastSeenAt ?? r.at);
        for (const c of captured)
          expect(
            rows.some((r) => covers(r, c.at) && (r.totalLimit === c.totalLimit || captured.some((d) => d !== c && d.at === c.at))),
          ).toBe(true);
        expect((await db.get('accounts', 'jd-baitiao'))?.observationCount).toBe(rows.length);
        db.close();
      }),
      { numRuns: 60 },
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
        expect(await importHistory(second, JSON.stringify(file), { now: FIXED_NOW })).toEqual({
          ok: true,
          added: { accounts: 0, observations: 0, events: 0 },
        });
        first.close();
        second.close();
      }),
      { numRuns: 40 },
    );
  });
});

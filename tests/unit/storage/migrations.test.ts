// Every past schema version, frozen as a fixture, opened by today's code: the shape becomes today's
// shape and every row survives, still valid history data.
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { accountSchema, eventSchema, observationSchema, parseHistory } from '../../../utils/model/history-schema';
import type { HistoryEvent, Observation } from '../../../utils/model/types';
import { DB_VERSION, eventKey, openSentinelDb, UPGRADE_STEPS, type SentinelDb, type StoredEvent } from '../../../utils/storage/db';
import { compareEvents, monthOf } from '../../../utils/storage/event-months';
import { exportHistory } from '../../../utils/storage/import-export';
import { buildFrozenDb, describeDb, frozenFixtures, type FrozenDb } from './frozen-db';
import { FIXED_NOW, freshDb, storedObservations } from './helpers';
import { storedEvents } from './stored-events';
import { expectSubjectPagesMatch } from './subject-pages';
import { expectDigestsMatch } from './digests-match';

/** A frozen event without its stored key, checked by today's schema, with the key today's code computes. */
function todaysEvent(row: Record<string, unknown>): StoredEvent {
  const { key: _frozenKey, ...event } = row;
  const parsed = eventSchema.parse(event) as HistoryEvent;
  return { ...parsed, key: eventKey(parsed) };
}

/** How today's code finds a frozen store's rows again: how many it holds, and each row as found and
 *  as expected (what the row looks like to today's code). */
interface Locate {
  count(db: SentinelDb): Promise<number>;
  find(db: SentinelDb, row: Record<string, unknown>): Promise<{ found: unknown; expected: unknown }>;
}
const locate: Record<string, Locate> = {
  accounts: {
    count: (db) => db.count('accounts'),
    find: async (db, row) => ({ found: await db.get('accounts', String(row.id)), expected: accountSchema.parse(row) }),
  },
  // Versions 1–2: one row per observation. Today each is in its account's UTC month page.
  observations: {
    count: async (db) => (await storedObservations(db)).length,
    find: async (db, row) => {
      const o = row as unknown as Observation;
      const page = await db.get('observationMonths', [o.accountId, o.at.slice(0, 7)]);
      return { found: page?.rows.find((r) => r.at === o.at), expected: observationSchema.parse(row) };
    },
  },
  // Version 3 on: account-month pages, every row still valid, in time order.
  observationMonths: {
    count: (db) => db.count('observationMonths'),
    find: async (db, row) => {
      const key = [String(row.accountId), String(row.month)] as [string, string];
      return {
        found: await db.get('observationMonths', key),
        expected: { accountId: key[0], month: key[1], rows: (row.rows as unknown[]).map((r) => observationSchema.parse(r)) },
      };
    },
  },
  // Version 1: one row per event. Today each is in its UTC month's page, under the key today's
  // code computes (an old event captured again stays one event).
  events: {
    count: async (db) => (await storedEvents(db)).length,
    find: async (db, row) => {
      const expected = todaysEvent(row);
      const page = await db.get('eventMonths', monthOf(expected.at));
      return { found: page?.events.find((e) => e.key === expected.key), expected };
    },
  },
  // Version 2 on: month pages, found by month, every event still valid, keyed and ordered as today.
  eventMonths: {
    count: (db) => db.count('eventMonths'),
    find: async (db, row) => {
      const month = String(row.month);
      return {
        found: await db.get('eventMonths', month),
        expected: { month, events: (row.events as Record<string, unknown>[]).map(todaysEvent) },
      };
    },
  },
  // Version 5 on: the same events per subject and month, found by their key.
  eventSubjectMonths: {
    count: (db) => db.count('eventSubjectMonths'),
    find: async (db, row) => {
      const key = [String(row.subject), String(row.month)] as [string, string];
      return {
        found: await db.get('eventSubjectMonths', key),
        expected: { subject: key[0], month: key[1], events: (row.events as Record<string, unknown>[]).map(todaysEvent) },
      };
    },
  },
  // Version 6 on: each page's chart digest, found by its page's key, as frozen.
  observationDigests: {
    count: (db) => db.count('observationDigests'),
    find: async (db, row) => ({ found: await db.get('observationDigests', [String(row.accountId), String(row.month)]), expected: row }),
  },
  eventDigests: {
    count: (db) => db.count('eventDigests'),
    find: async (db, row) => ({ found: await db.get('eventDigests', [String(row.subject), String(row.month)]), expected: row }),
  },
};

/** Every page holds only its own month's events, in (at, key) order, each key once; every
 *  observation page only its own account's and month's rows, in time order, each instant once. */
async function expectWellFormedPages(db: SentinelDb) {
  for (const page of await db.getAll('observationMonths')) {
    const where = `observations ${page.accountId} ${page.month}`;
    expect(page.rows.length, where).toBeGreaterThan(0);
    expect(
      page.rows.every((o) => o.accountId === page.accountId && o.at.slice(0, 7) === page.month),
      where,
    ).toBe(true);
    expect(
      page.rows.map((o) => o.at),
      where,
    ).toEqual([...new Set(page.rows.map((o) => o.at))].sort());
  }
  const keys = new Set<string>();
  for (const page of await db.getAll('eventMonths')) {
    expect(page.events.length, `page ${page.month}`).toBeGreaterThan(0);
    expect(
      page.events.every((e) => monthOf(e.at) === page.month),
      `page ${page.month} months`,
    ).toBe(true);
    expect([...page.events].sort(compareEvents), `page ${page.month} order`).toEqual(page.events);
    for (const e of page.events) {
      expect(keys.has(e.key), `key ${e.key} once`).toBe(false);
      keys.add(e.key);
    }
  }
  // Every version's events end up in subject pages too, regrouped from the month pages, and every
  // page has its chart digest.
  await expectSubjectPagesMatch(db);
  await expectDigestsMatch(db);
}

describe('schema versions', () => {
  it('has one upgrade step per version, numbered 1..DB_VERSION', () => {
    expect(UPGRADE_STEPS.map((s) => s.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('has a frozen fixture for every version up to the current one', () => {
    expect(frozenFixtures().map((f) => f.fixture.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('creates exactly the shape the newest fixture froze (a released step was not edited in place)', async () => {
    const newest = frozenFixtures().at(-1)!.fixture;
    const frozenShape = Object.fromEntries(Object.entries(newest.stores).map(([name, { rows: _rows, ...shape }]) => [name, shape]));
    expect(describeDb(unwrap(await freshDb()))).toEqual(frozenShape);
  });
});

describe.each(frozenFixtures())('a database frozen at $file', ({ file, fixture }) => {
  const open = async () => {
    const name = `frozen-${file}-${Math.random().toString(36).slice(2)}`;
    await buildFrozenDb(name, fixture);
    return openSentinelDb(name);
  };

  it('opens with the current code at the current version and the current shape', async () => {
    const db = await open();
    const fresh = await freshDb();
    expect(db.version).toBe(DB_VERSION);
    expect(describeDb(unwrap(db))).toEqual(describeDb(unwrap(fresh)));
    db.close();
  });

  it('keeps every row, and every row still passes the history schemas', async () => {
    const db = await open();
    for (const [store, spec] of Object.entries(fixture.stores)) {
      if (!spec.rows.length) continue;
      const check = locate[store];
      if (!check) throw new Error(`no way to check rows of store "${store}": add one to this test`);
      expect(await check.count(db), `${store} rows`).toBe(spec.rows.length);
      for (const row of spec.rows) {
        const { found, expected } = await check.find(db, row);
        expect(found, `${store} row`).toEqual(expected);
      }
    }
    await expectWellFormedPages(db);
    // Together the rows still make a valid history file (references included).
    const parsed = parseHistory(await exportHistory(db, FIXED_NOW));
    expect(parsed.ok).toBe(true);
    db.close();
  });
});

describe('version 1 → 2: events into month pages', () => {
  const v1 = frozenFixtures().find((f) => f.fixture.version === 1)!.fixture;
  // Events as the version-1 code stored them (key = eventKey), across month boundaries, added out
  // of time order, two at the same instant.
  const extra: HistoryEvent[] = [
    { at: '2026-11-01T00:00:00.000Z', kind: 'borrow', accountId: 'jd-baitiao', amount: 300, source: 'page' },
    { at: '2026-10-31T23:59:59.999Z', kind: 'repay', accountId: 'jd-baitiao', amount: 300, source: 'page' },
    { at: '2026-10-05T00:00:00.000Z', kind: 'inquiry', lender: '某银行', reason: '信用卡审批', source: 'credit-report' },
    { at: '2026-10-05T00:00:00.000Z', kind: 'inquiry', lender: '某消费金融公司', reason: '贷款审批', source: 'credit-report' },
    { at: '2026-08-31T23:59:59.999Z', kind: 'borrow', accountId: 'jiebei', amount: 1000, source: 'manual' },
  ];
  const fixture: FrozenDb = {
    ...v1,
    stores: {
      ...v1.stores,
      events: { ...v1.stores.events!, rows: [...v1.stores.events!.rows, ...extra.map((e) => ({ ...e, key: eventKey(e) }))] },
    },
  };

  it('puts every event in its UTC month page, sorted by at, then key, and exports them in the same order', async () => {
    const name = `frozen-v1-months-${Math.random().toString(36).slice(2)}`;
    await buildFrozenDb(name, fixture);
    const db = await openSentinelDb(name);
    const pages = await db.getAll('eventMonths');
    expect(pages.map((p) => [p.month, p.events.length])).toEqual([
      ['2026-08', 1],
      ['2026-09', 3],
      ['2026-10', 3],
      ['2026-11', 1],
    ]);
    await expectWellFormedPages(db);
    const all = fixture.stores.events!.rows as unknown as StoredEvent[];
    expect(await storedEvents(db)).toEqual([...all].sort(compareEvents));
    // The two at the same instant: by key ('某消…' sorts before '某银…').
    expect(pages[2]!.events.slice(0, 2).map((e) => e.lender)).toEqual(['某消费金融公司', '某银行']);
    const exported = await exportHistory(db, FIXED_NOW);
    expect(exported.events.map((e) => e.at)).toEqual([...all].sort(compareEvents).map((e) => e.at));
    db.close();
  });
});

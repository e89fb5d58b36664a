// Every past schema version, frozen as a fixture, opened by today's code: the shape becomes today's
// shape and every row survives, still valid history data.
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { accountSchema, eventSchema, observationSchema, parseHistory } from '../../../utils/model/history-schema';
import type { Observation } from '../../../utils/model/types';
import { DB_VERSION, eventKey, openSentinelDb, UPGRADE_STEPS, type SentinelDb } from '../../../utils/storage/db';
import { exportHistory } from '../../../utils/storage/import-export';
import { buildFrozenDb, describeDb, frozenFixtures } from './frozen-db';
import { FIXED_NOW, freshDb } from './helpers';

/** How today's code finds a frozen row again, and what the row looks like without internal keys. */
const locate: Record<string, (db: SentinelDb, row: Record<string, unknown>) => Promise<{ found: unknown; expected: unknown }>> = {
  accounts: async (db, row) => ({ found: await db.get('accounts', String(row.id)), expected: accountSchema.parse(row) }),
  observations: async (db, row) => {
    const o = row as unknown as Observation;
    return { found: await db.get('observations', [o.accountId, o.at]), expected: observationSchema.parse(row) };
  },
  events: async (db, row) => {
    const { key: _frozenKey, ...event } = row;
    const expected = eventSchema.parse(event);
    // Found under the key today's code computes: an old event captured again stays one event.
    const found = await db.get('events', eventKey(expected));
    return { found: found && { ...found, key: undefined }, expected: { ...expected, key: undefined } };
  },
};

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
      const find = locate[store];
      if (!find) throw new Error(`no way to check rows of store "${store}": add one to this test`);
      expect(await db.count(store as 'accounts'), `${store} rows`).toBe(spec.rows.length);
      for (const row of spec.rows) {
        const { found, expected } = await find(db, row);
        expect(found, `${store} row`).toEqual(expected);
      }
    }
    // Together the rows still make a valid history file (references included).
    const parsed = parseHistory(await exportHistory(db, FIXED_NOW));
    expect(parsed.ok).toBe(true);
    db.close();
  });
});


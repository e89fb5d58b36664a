// Summaries kept on account rows (count, latest row, first sighting): they match the observation
// store after captures, collapses, out-of-order rows, imports and re-imports; rows stored before
// summaries existed are filled in once by the dashboard.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDashboard } from '../../../utils/storage/dashboard';
import { importHistory } from '../../../utils/storage/import-export';
import { recordObservations } from '../../../utils/storage/observations';
import { account, freshDb, observation, storedObservations } from './helpers';

const cut = readFileSync(new URL('../../fixtures/histories/sample-cut.json', import.meta.url), 'utf8');

async function expectCountsTrue(db: Awaited<ReturnType<typeof freshDb>>) {
  for (const row of await db.getAll('accounts')) {
    const rows = await storedObservations(db, row.id);
    expect(row.observationCount).toBe(rows.length);
    expect(row.latest).toEqual(rows.at(-1));
    expect(row.firstSeenAt).toBe(rows[0]?.at);
  }
}

describe('summaries on account rows', () => {
  it('follow captures, collapses and out-of-order rows', async () => {
    const db = await freshDb();
    await recordObservations(db, {
      accounts: [account()],
      observations: [observation(0), observation(1), observation(2, { availableLimit: 1 })],
      events: [],
    });
    await recordObservations(db, {
      accounts: [],
      observations: [observation(-5), observation(3, { availableLimit: 1 }), observation(4)],
      events: [],
    });
    await expectCountsTrue(db);
    expect((await db.get('accounts', 'jd-baitiao'))?.observationCount).toBe(3);
  });

  it('follow imports, and a second import adds nothing', async () => {
    const db = await freshDb();
    await importHistory(db, cut);
    await importHistory(db, cut);
    await expectCountsTrue(db);
    expect((await readDashboard(db)).totals.observations).toBe(JSON.parse(cut).observations.length);
  });

  it('are counted once for rows stored before counts were kept', async () => {
    const db = await freshDb();
    await importHistory(db, cut);
    for (const row of await db.getAll('accounts')) {
      const { observationCount: _count, latest: _latest, firstSeenAt: _first, ...old } = row;
      await db.put('accounts', old);
    }
    const board = await readDashboard(db);
    expect(board.accounts.map((a) => a.observationCount).sort()).toEqual([2, 3, 4]);
    await expectCountsTrue(db);
  });
});

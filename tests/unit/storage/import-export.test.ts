// The history file round trip: export → import → export is the same file, and importing twice adds nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HistoryFile } from '../../../utils/model/types';
import { deleteEverything, exportHistory, importHistory } from '../../../utils/storage/import-export';
import { recordObservations } from '../../../utils/storage/observations';
import { account, FIXED_NOW, freshDb, minute, observation, snapshot, storedObservations } from './helpers';

const SAMPLES = ['sample-healthy.json', 'sample-cut.json'];
const sample = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/histories/${name}`, import.meta.url)), 'utf8');
const withoutExportedAt = ({ exportedAt: _e, ...rest }: HistoryFile) => rest;

describe.each(SAMPLES)('%s', (name) => {
  it('imports, and exports again as the very same file', async () => {
    const db = await freshDb();
    const text = sample(name);
    const result = await importHistory(db, text);
    const file = JSON.parse(text) as HistoryFile;
    expect(result).toEqual({
      ok: true,
      added: { accounts: file.accounts.length, observations: file.observations.length, events: file.events.length },
    });
    expect(await exportHistory(db, new Date(file.exportedAt))).toEqual(file);
  });

  it('adds nothing when imported a second time', async () => {
    const db = await freshDb();
    await importHistory(db, sample(name));
    const before = await snapshot(db);
    expect(await importHistory(db, sample(name))).toEqual({ ok: true, added: { accounts: 0, observations: 0, events: 0 } });
    expect(await snapshot(db)).toBe(before);
  });
});

describe('export', () => {
  it('export → import into an empty database → export gives the same file apart from exportedAt', async () => {
    const source = await freshDb();
    await importHistory(source, sample('sample-cut.json'));
    await recordObservations(source, {
      accounts: [
        account('jd-baitiao'),
        account('site:loan.example.com', { lender: 'loan.example.com', product: undefined, kind: undefined }),
      ],
      observations: [observation(0), observation(1), observation(2, { accountId: 'site:loan.example.com', status: 'limited' })],
      events: [{ at: minute(0), kind: 'borrow', accountId: 'jd-baitiao', amount: 100.5, source: 'page' }],
    });
    const first = await exportHistory(source, FIXED_NOW);
    const target = await freshDb();
    expect(await importHistory(target, JSON.stringify(first))).toMatchObject({ ok: true });
    const second = await exportHistory(target, new Date('2027-01-01T00:00:00.000Z'));
    expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
    expect(JSON.stringify(withoutExportedAt(second))).toBe(JSON.stringify(withoutExportedAt(first))); // same key order too
  });

  it('writes only the format fields, in a deterministic order', async () => {
    const db = await freshDb();
    const file = JSON.parse(sample('sample-healthy.json')) as HistoryFile;
    // Same content, shuffled: the export order must not depend on the file order.
    await importHistory(
      db,
      JSON.stringify({
        ...file,
        accounts: [...file.accounts].reverse(),
        observations: [...file.observations].reverse(),
        events: [...file.events].reverse(),
      }),
    );
    const out = await exportHistory(db, FIXED_NOW);
    expect(out).toEqual({ ...file, exportedAt: FIXED_NOW.toISOString() });
    expect(out.events.every((e) => !('key' in e))).toBe(true);
  });

  it('an empty database exports an empty history', async () => {
    expect(await exportHistory(await freshDb(), FIXED_NOW)).toEqual({
      format: 'limit-sentinel.history',
      version: 1,
      exportedAt: FIXED_NOW.toISOString(),
      accounts: [],
      observations: [],
      events: [],
    });
  });
});

describe('import merging', () => {
  it('keeps a stored observation with the same key and only extends its lastSeenAt', async () => {
    const db = await freshDb();
    await recordObservations(db, { accounts: [account()], observations: [observation(0)], events: [] });
    const file: HistoryFile = {
      format: 'limit-sentinel.history',
      version: 1,
      exportedAt: FIXED_NOW.toISOString(),
      accounts: [account()],
      observations: [observation(0, { totalLimit: 1, lastSeenAt: minute(30) })],
      events: [],
    };
    expect(await importHistory(db, JSON.stringify(file))).toEqual({ ok: true, added: { accounts: 0, observations: 0, events: 0 } });
    expect(await storedObservations(db)).toEqual([expect.objectContaining({ totalLimit: 50000, lastSeenAt: minute(30) })]);
  });

  it('counts a repeated event in one file once', async () => {
    const db = await freshDb();
    const event = { at: minute(0), kind: 'inquiry', lender: '某银行', reason: '贷款审批' };
    const file = {
      format: 'limit-sentinel.history',
      version: 1,
      exportedAt: FIXED_NOW.toISOString(),
      accounts: [],
      observations: [],
      events: [event, { ...event, source: 'manual' }],
    };
    expect(await importHistory(db, JSON.stringify(file))).toEqual({ ok: true, added: { accounts: 0, observations: 0, events: 1 } });
  });

  it('accepts settings and alerts objects and ignores them', async () => {
    const db = await freshDb();
    const file = { ...JSON.parse(sample('sample-healthy.json')), settings: { thresholds: { x: 1 } }, alerts: { anything: [1, 'two'] } };
    expect(await importHistory(db, JSON.stringify(file))).toMatchObject({ ok: true });
    expect(await exportHistory(db, FIXED_NOW)).not.toHaveProperty('settings');
  });

  it('deleteEverything empties every store', async () => {
    const db = await freshDb();
    await importHistory(db, sample('sample-cut.json'));
    await db.put('alerts', { id: 'limit-drop|jd-baitiao' } as never); // shape is irrelevant to clear()
    await deleteEverything(db);
    for (const store of ['accounts', 'observationMonths', 'eventMonths', 'alerts'] as const) expect(await db.count(store)).toBe(0);
  });
});

// A full disk mid-write: the person gets a 'quota' state, and the database holds nothing partial.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DbError } from '../../../utils/storage/db';
import { importHistory } from '../../../utils/storage/import-export';
import { recordObservations } from '../../../utils/storage/observations';
import { account, freshDb, observation, snapshot, countObservations, diskFullAfter, spaceIsBack } from './helpers';

const sample = readFileSync(fileURLToPath(new URL('../../fixtures/histories/sample-healthy.json', import.meta.url)), 'utf8');

afterEach(spaceIsBack);

describe('QuotaExceededError', () => {
  it.each([0, 1, 5, 12])('import failing after %i writes → quota, nothing written', async (after) => {
    const db = await freshDb();
    await recordObservations(db, {
      accounts: [account('other', { lender: '其他' })],
      observations: [observation(0, { accountId: 'other' })],
      events: [],
    });
    const before = await snapshot(db);
    diskFullAfter(after);
    expect(await importHistory(db, sample)).toEqual({ ok: false, code: 'quota' });
    spaceIsBack();
    expect(await snapshot(db)).toBe(before);
  });

  it('a capture failing half-way → DbError quota, not even its account is kept', async () => {
    const db = await freshDb();
    diskFullAfter(2);
    const batch = {
      accounts: [account()],
      observations: [observation(0), observation(1, { totalLimit: 1 }), observation(2, { totalLimit: 2 })],
      events: [],
    };
    const failure = await recordObservations(db, batch).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DbError);
    expect(failure).toMatchObject({ code: 'quota' });
    expect(String((failure as Error).message)).not.toMatch(/\d{2,}/); // no amounts in messages
    spaceIsBack();
    expect(await db.count('accounts')).toBe(0);
    expect(await countObservations(db)).toBe(0);
  });

  it('the database works normally once space is back', async () => {
    const db = await freshDb();
    diskFullAfter(0);
    await expect(recordObservations(db, { accounts: [account()], observations: [observation(0)], events: [] })).rejects.toMatchObject({
      code: 'quota',
    });
    spaceIsBack();
    expect(await recordObservations(db, { accounts: [account()], observations: [observation(0)], events: [] })).toMatchObject({ added: 1 });
  });
});

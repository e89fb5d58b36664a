// A full disk during a correction: the person gets 'quota', and the history is exactly as before
// (each correction is one transaction).
import { afterEach, describe, expect, it } from 'vitest';
import { eventKey, type SentinelDb } from '../../../utils/storage/db';
import { mergeAccounts } from '../../../utils/storage/merge-accounts';
import { recordObservations } from '../../../utils/storage/observations';
import { removeEvent, removeObservation, restoreRow } from '../../../utils/storage/remove-rows';
import { renameAccount } from '../../../utils/storage/rename-account';
import { account, freshDb, minute, observation, snapshot, diskFullAfter, spaceIsBack } from './helpers';

afterEach(spaceIsBack);

const borrow = { at: minute(2), kind: 'borrow' as const, accountId: 'b', amount: 500, source: 'manual' as const };

async function history(): Promise<SentinelDb> {
  const db = await freshDb();
  await recordObservations(db, {
    accounts: [account(), account('b', { lender: '乙' })],
    observations: [
      observation(0),
      observation(5, { totalLimit: 1 }),
      observation(0, { accountId: 'b' }),
      observation(40 * 24 * 60, { accountId: 'b', totalLimit: 2 }),
    ],
    events: [borrow, { ...borrow, at: minute(3), accountId: 'jd-baitiao' }],
  });
  return db;
}

const corrections: [string, (db: SentinelDb) => Promise<unknown>][] = [
  ['remove an observation', (db) => removeObservation(db, 'jd-baitiao', minute(5))],
  ['remove an event', (db) => removeEvent(db, eventKey(borrow))],
  ['restore an observation', (db) => restoreRow(db, { observation: observation(7) })],
  ['rename', (db) => renameAccount(db, 'b', { lender: '丙' })],
  ['merge', (db) => mergeAccounts(db, 'b', 'jd-baitiao')],
];

describe('QuotaExceededError during a correction', () => {
  it.each(corrections.flatMap(([name, run]) => [0, 1, 2, 4].map((after) => [name, after, run] as const)))(
    '%s failing after %i writes → quota, nothing changed',
    async (_name, after, run) => {
      const db = await history();
      const before = await snapshot(db);
      const accounts = JSON.stringify(await db.getAll('accounts'));
      diskFullAfter(after);
      const outcome = await run(db).then(
        (r) => r,
        (e: unknown) => e,
      );
      spaceIsBack();
      // A correction with fewer writes than `after` succeeds; otherwise it fails as a whole.
      if (outcome instanceof Error) {
        expect(outcome).toMatchObject({ code: 'quota' });
        expect(await snapshot(db)).toBe(before);
        expect(JSON.stringify(await db.getAll('accounts'))).toBe(accounts);
      } else {
        expect(outcome).toMatchObject({ ok: true });
      }
    },
  );

  it('every correction fails with no write allowed', async () => {
    for (const [, run] of corrections) {
      const db = await history();
      const before = await snapshot(db);
      diskFullAfter(0);
      await expect(run(db)).rejects.toMatchObject({ code: 'quota' });
      spaceIsBack();
      expect(await snapshot(db)).toBe(before);
    }
  });
});

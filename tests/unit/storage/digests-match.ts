// The chart digests (utils/storage/chart-digest.ts) must always be their pages' digests: a check the
// storage tests run after every kind of write.
import { expect } from 'vitest';
import { digestEvents, digestObservations } from '../../../utils/storage/chart-digest';
import type { SentinelDb } from '../../../utils/storage/db';

export async function expectDigestsMatch(db: SentinelDb): Promise<void> {
  expect(await db.getAll('observationDigests'), 'observation digests').toEqual(
    (await db.getAll('observationMonths')).map(digestObservations),
  );
  expect(await db.getAll('eventDigests'), 'event digests').toEqual((await db.getAll('eventSubjectMonths')).map(digestEvents));
}

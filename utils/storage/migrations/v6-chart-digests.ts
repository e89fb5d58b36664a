// Schema version 6: the chart digests (chart-digest.ts) are built from the observation pages and
// the subject pages the database already holds. Runs inside the upgrade transaction only; every put
// is issued before any is awaited.
import type { UpgradeDb, UpgradeTx } from '../schema';
import { digestEvents, digestObservations } from '../chart-digest';

export async function buildChartDigests(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const observationDigests = db.createObjectStore('observationDigests', { keyPath: ['accountId', 'month'] });
  const eventDigests = db.createObjectStore('eventDigests', { keyPath: ['subject', 'month'] });
  const [pages, subjects] = await Promise.all([
    tx.objectStore('observationMonths').getAll(),
    tx.objectStore('eventSubjectMonths').getAll(),
  ]);
  const writes: Promise<unknown>[] = [];
  const issue = (write: Promise<unknown>) => {
    write.catch(() => undefined); // awaited below
    writes.push(write);
  };
  for (const page of pages) issue(observationDigests.put(digestObservations(page)));
  for (const page of subjects) issue(eventDigests.put(digestEvents(page)));
  await Promise.all(writes);
}

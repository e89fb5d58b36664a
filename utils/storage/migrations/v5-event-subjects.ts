// Schema version 5: the event subject pages (event-subjects.ts) are built from the month pages the
// database already holds. Runs inside the upgrade transaction only; every put is issued before any
// is awaited.
import type { UpgradeDb, UpgradeTx } from '../schema';
import { subjectPages } from '../event-subject';

export async function indexEventSubjects(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const store = db.createObjectStore('eventSubjectMonths', { keyPath: ['subject', 'month'] });
  const writes: Promise<unknown>[] = [];
  for (const page of await tx.objectStore('eventMonths').getAll()) {
    for (const [subject, events] of subjectPages(page)) {
      const write = store.put({ subject, month: page.month, events });
      write.catch(() => undefined); // awaited below
      writes.push(write);
    }
  }
  await Promise.all(writes);
}

// The subject pages (utils/storage/event-subjects.ts) must always be the month pages regrouped: a
// check the storage tests run after every kind of write.
import { expect } from 'vitest';
import type { SentinelDb } from '../../../utils/storage/db';
import { subjectPages } from '../../../utils/storage/event-subjects';

export async function expectSubjectPagesMatch(db: SentinelDb): Promise<void> {
  const expected = (await db.getAll('eventMonths'))
    .flatMap((m) => [...subjectPages(m)].map(([subject, events]) => ({ subject, month: m.month, events })))
    .sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  expect(await db.getAll('eventSubjectMonths')).toEqual(expected);
}

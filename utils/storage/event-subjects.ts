// The events of one account, without reading everyone's: beside the month pages (event-months.ts)
// each month's events are also kept per subject — the account an event names, else the lender it
// names — in pages keyed [subject, month]. A chart of one account over all time then reads its own
// pages and its lender's, not every event ever stored (100,000 observations with their borrows and
// repays are a few dozen thousand events).
//
// The month pages stay the source of truth: every writer of a month page hands the month's new
// events to `reindexMonths`, which rewrites that month's subject pages from them. Changing what
// `eventSubject` returns needs an upgrade step that rebuilds the pages (as version 5 built them).
import { accountRange, requestAll, type EventMonth, type StoredEvent } from './db';
import { eventSubject, subjectPages } from './event-subject';

export { eventSubject, subjectPages } from './event-subject';

/** What reindexing needs of the subject store: a readwrite transaction's. */
export interface SubjectWriter {
  put(page: { subject: string; month: string; events: StoredEvent[] }): Promise<unknown>;
  delete(key: [string, string]): Promise<unknown>;
}

/** The subjects of some events: the pages a change to them touches. */
export const subjectsOf = (events: readonly Pick<StoredEvent, 'accountId' | 'lender'>[]): Set<string> =>
  new Set(events.map(eventSubject).filter((s): s is string => s !== undefined));

/**
 * Makes the pages of `subjects` in each given month match its month page (`events` empty: the month
 * page was deleted). Only the subjects whose events changed are written, so a capture of one event
 * writes one page. Awaits nothing but requests of `store`: the caller's transaction goes on.
 */
export async function reindexMonths(store: SubjectWriter, months: readonly EventMonth[], subjects: ReadonlySet<string>): Promise<void> {
  const writes: Promise<unknown>[] = [];
  for (const m of months) {
    const fresh = subjectPages(m);
    for (const subject of subjects) {
      const events = fresh.get(subject);
      writes.push(events ? store.put({ subject, month: m.month, events }) : store.delete([subject, m.month]));
    }
  }
  for (const w of writes) w.catch(() => undefined); // awaited below
  await Promise.all(writes);
}

/** What reading needs of the subject store (any transaction mode). */
export interface SubjectReader {
  getAll(query: IDBKeyRange): Promise<{ events: StoredEvent[] }[]>;
}

/** The events of each subject from month `from` to month `to` (inclusive), in page order per subject. */
export async function readSubjectEvents(
  store: SubjectReader,
  subjects: readonly string[],
  from?: string,
  to?: string,
): Promise<StoredEvent[]> {
  const pages = await requestAll(subjects, (s) => store.getAll(accountRange(s, from, to)));
  return pages.flatMap((list) => list.flatMap((p) => p.events));
}

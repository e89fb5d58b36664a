// Events are stored in month pages (db.ts `eventMonths`): one row per UTC month, holding that
// month's events sorted by (at, key). A bill of thousands of events is then a few dozen requests
// instead of one per event (each request is an IPC round trip in Chromium). Every read and write of
// events goes through this module, so the page layout stays in one place.
import type { HistoryEvent } from '../model/types';
import { eventKey, requestAll, type EventMonth, type StoredEvent } from './db';
import { reindexMonths, subjectsOf, type SubjectWriter } from './event-subjects';

/** The page an instant belongs to. `at` is a normalised `toISOString()` string (UTC, `Z`), so its
 *  first seven characters are the UTC month ('2026-10'), and months sort as the instants do. */
export const monthOf = (at: string): string => at.slice(0, 7);

/** The order of events within a page and in the history file: by `at`, then by content key. */
export const compareEvents = (a: StoredEvent, b: StoredEvent): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** What the reader needs of the page store (any transaction mode). */
export interface PageReader {
  getAll(query?: IDBKeyRange): Promise<EventMonth[]>;
}

/** What the writer needs of the page store: it must belong to a readwrite transaction. */
export interface PageWriter {
  get(month: string): Promise<EventMonth | undefined>;
  put(page: EventMonth): Promise<unknown>;
}

/**
 * Every stored event in file order (by `at`, then key), or, with `after`, only the events strictly
 * after that instant: pages before its month are not read, and only its own month is filtered.
 */
export async function readEvents(store: PageReader, after?: string): Promise<StoredEvent[]> {
  if (after === undefined) return (await store.getAll()).flatMap((p) => p.events);
  const first = monthOf(after);
  const pages = await store.getAll(IDBKeyRange.lowerBound(first));
  return pages.flatMap((p) => (p.month === first ? p.events.filter((e) => e.at > after) : p.events));
}

/**
 * Adds `events` to the pages of the store's readwrite transaction and returns how many were new.
 * An event already stored (same content key, db.ts `eventKey`) is not added again, and the same
 * event twice in `events` counts once (the first copy is kept). One `get` per touched month, all
 * issued before any is awaited, then one `put` per page that changed. The read and the write are in
 * the caller's transaction, and IndexedDB runs overlapping readwrite transactions on a store one
 * after another, so two writers to the same month never lose each other's events. Awaits nothing
 * but requests of `store` and `subjects`: the caller may go on using its transaction.
 */
export async function addEvents(store: PageWriter, subjects: SubjectWriter, events: readonly HistoryEvent[]): Promise<number> {
  const incoming = new Map<string, Map<string, StoredEvent>>(); // month → key → event
  for (const e of events) {
    const month = monthOf(e.at);
    let page = incoming.get(month);
    if (!page) incoming.set(month, (page = new Map()));
    const key = eventKey(e);
    if (!page.has(key)) page.set(key, { ...e, key });
  }
  const months = [...incoming.keys()];
  const stored = await requestAll(months, (month) => store.get(month));
  const changed: EventMonth[] = [];
  const addedEvents: StoredEvent[] = [];
  let added = 0;
  months.forEach((month, i) => {
    const fresh = incoming.get(month)!;
    const page = stored[i];
    if (page) for (const e of page.events) fresh.delete(e.key);
    if (!fresh.size) return;
    added += fresh.size;
    addedEvents.push(...fresh.values());
    // The stored part is already sorted: the sort mostly merges two runs.
    changed.push({ month, events: [...(page?.events ?? []), ...fresh.values()].sort(compareEvents) });
  });
  await requestAll(changed, (page) => store.put(page));
  // The subject pages (event-subjects.ts) of the subjects that gained events, in the same transaction.
  await reindexMonths(subjects, changed, subjectsOf(addedEvents));
  return added;
}

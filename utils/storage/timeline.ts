// The dashboard's timeline (message ui:timeline): events newest first, a page at a time, filtered by
// kind and lender. Month pages are read from the newest down only until the page is full.
import type { TimelineCursor } from '../chart/history-types';
import type { EventKind } from '../model/types';
import { lenderKey } from '../rules/borrow-ledger';
import type { SentinelDb, StoredEvent } from './db';
import { monthOf } from './event-months';

export interface TimelineQuery {
  kinds?: readonly EventKind[];
  /** A lender's name: events naming it, and events of its accounts (names compared as the rules do). */
  lender?: string;
  before?: TimelineCursor;
  limit: number;
}

export interface TimelinePage {
  events: StoredEvent[];
  next?: TimelineCursor;
  /** Every lender named by an event or owning an account with events, on the first page only. */
  lenders?: string[];
}

const olderThan = (e: StoredEvent, c: TimelineCursor) => e.at < c.at || (e.at === c.at && e.key < c.key);

export async function readTimeline(db: SentinelDb, q: TimelineQuery): Promise<TimelinePage> {
  const tx = db.transaction(['accounts', 'eventMonths'], 'readonly');
  const accounts = new Map((await tx.objectStore('accounts').getAll()).map((a) => [a.id, a.lender]));
  const lenderOf = (e: StoredEvent) => e.lender ?? (e.accountId === undefined ? undefined : accounts.get(e.accountId));
  const kinds = q.kinds?.length ? new Set(q.kinds) : undefined;
  const wanted = q.lender === undefined ? undefined : lenderKey(q.lender);
  const matches = (e: StoredEvent) => (!kinds || kinds.has(e.kind)) && (wanted === undefined || lenderKey(lenderOf(e)) === wanted) && (!q.before || olderThan(e, q.before));
  const store = tx.objectStore('eventMonths');
  const found: StoredEvent[] = [];
  let cursor = await store.openCursor(q.before ? IDBKeyRange.upperBound(monthOf(q.before.at)) : undefined, 'prev');
  while (cursor && found.length <= q.limit) {
    const page = cursor.value.events;
    for (let i = page.length - 1; i >= 0 && found.length <= q.limit; i--) if (matches(page[i]!)) found.push(page[i]!);
    if (found.length <= q.limit) cursor = await cursor.continue();
    else break;
  }
  let lenders: string[] | undefined;
  if (!q.before) {
    // Only the first page lists them (the filter's choices); later pages need not read every month.
    const names = new Map<string, string>();
    for (const page of await store.getAll()) {
      for (const e of page.events) {
        const name = lenderOf(e)?.trim();
        const key = lenderKey(name);
        if (name && key && !names.has(key)) names.set(key, name);
      }
    }
    lenders = [...names.values()].sort(new Intl.Collator(['zh-CN', 'en']).compare);
  }
  await tx.done;
  const events = found.slice(0, q.limit);
  const last = events.at(-1);
  return { events, ...(found.length > q.limit && last && { next: { at: last.at, key: last.key } }), ...(lenders && { lenders }) };
}

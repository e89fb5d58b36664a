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
}

const MONTHS_PER_READ = 6;

const olderThan = (e: StoredEvent, c: TimelineCursor) => e.at < c.at || (e.at === c.at && e.key < c.key);

export async function readTimeline(db: SentinelDb, q: TimelineQuery): Promise<TimelinePage> {
  const tx = db.transaction(['accounts', 'eventMonths'], 'readonly');
  const accounts = new Map((await tx.objectStore('accounts').getAll()).map((a) => [a.id, a.lender]));
  const lenderOf = (e: StoredEvent) => e.lender ?? (e.accountId === undefined ? undefined : accounts.get(e.accountId));
  const kinds = q.kinds?.length ? new Set(q.kinds) : undefined;
  const wanted = q.lender === undefined ? undefined : lenderKey(q.lender);
  const matches = (e: StoredEvent) =>
    (!kinds || kinds.has(e.kind)) && (wanted === undefined || lenderKey(lenderOf(e)) === wanted) && (!q.before || olderThan(e, q.before));
  const store = tx.objectStore('eventMonths');
  // The month keys alone are cheap; the pages are then read newest first a few months per request
  // (a cursor would be one round trip per month) until the page is full.
  const months = await store.getAllKeys(q.before ? IDBKeyRange.upperBound(monthOf(q.before.at)) : undefined);
  const found: StoredEvent[] = [];
  for (let hi = months.length - 1; hi >= 0 && found.length <= q.limit; hi -= MONTHS_PER_READ) {
    const pages = await store.getAll(IDBKeyRange.bound(months[Math.max(0, hi - MONTHS_PER_READ + 1)]!, months[hi]!));
    for (let p = pages.length - 1; p >= 0 && found.length <= q.limit; p--) {
      const page = pages[p]!.events;
      for (let i = page.length - 1; i >= 0 && found.length <= q.limit; i--) if (matches(page[i]!)) found.push(page[i]!);
    }
  }
  await tx.done;
  const events = found.slice(0, q.limit);
  const last = events.at(-1);
  return { events, ...(found.length > q.limit && last && { next: { at: last.at, key: last.key } }) };
}

/**
 * Every lender named by an event or owning an account with events (the lender filter's choices).
 * It reads every month of events, so the page asks only when the person turns to the filter.
 */
export async function readEventLenders(db: SentinelDb): Promise<string[]> {
  const tx = db.transaction(['accounts', 'eventMonths'], 'readonly');
  const [accounts, pages] = await Promise.all([tx.objectStore('accounts').getAll(), tx.objectStore('eventMonths').getAll()]);
  await tx.done;
  const lenderOf = new Map(accounts.map((a) => [a.id, a.lender]));
  const raw = new Set<string>();
  for (const page of pages)
    for (const e of page.events) {
      const name = e.lender ?? (e.accountId === undefined ? undefined : lenderOf.get(e.accountId));
      if (name) raw.add(name.trim());
    }
  // Names the rules count as one lender ("京 东", "京东") are listed once.
  const names = new Map<string, string>();
  for (const name of raw) {
    const key = lenderKey(name);
    if (key && !names.has(key)) names.set(key, name);
  }
  return [...names.values()].sort(new Intl.Collator(['zh-CN', 'en']).compare);
}

// What an event is about, for the subject pages (event-subjects.ts). Apart from them because the
// upgrade step that built the pages (migrations/v5-event-subjects.ts) needs it without the database
// module.
import type { HistoryEvent } from '../model/types';
import { lenderKey } from '../rules/borrow-ledger';
import type { EventMonth, StoredEvent } from './schema';

/** `a:<accountId>` for an event that names its account, `l:<lender>` for one that names only a
 *  lender (an inquiry), undefined for neither. */
export function eventSubject(e: Pick<HistoryEvent, 'accountId' | 'lender'>): string | undefined {
  if (e.accountId !== undefined) return `a:${e.accountId}`;
  const lender = lenderKey(e.lender);
  return lender ? `l:${lender}` : undefined;
}

/** Groups one month's events (already in page order) by subject. */
export function subjectPages(page: EventMonth): Map<string, StoredEvent[]> {
  const out = new Map<string, StoredEvent[]>();
  for (const e of page.events) {
    const subject = eventSubject(e);
    if (subject === undefined) continue;
    const list = out.get(subject);
    if (list) list.push(e);
    else out.set(subject, [e]);
  }
  return out;
}

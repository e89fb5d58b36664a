// A hand-logged event (quick log: applied for credit, borrowed or repaid on an app-only line)
// becomes one history event with source 'manual', and for a borrow or repay on a lender not yet
// known, the account it belongs to (named as manual entry names it). Background-only (zod).
import type { EventEntry } from '../messaging/protocol';
import { eventSchema, formatPath } from '../model/history-schema';
import type { Account, HistoryEvent } from '../model/types';
import { manualAccountId } from './manual';
import type { RecordBatch } from './to-records';

/** How far ahead of the background's clock an event may be: the popup and the service worker read
 *  the same clock, but a day picked just after midnight must not be refused for a skewed second. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

export type EventEntryProblem = { path: string; expected: string };
export type EventEntryRecords = { ok: true; batch: RecordBatch } | { ok: false; problem: EventEntryProblem };

/**
 * `account` is the stored account `entry.accountId` names (the handler looked it up), so an
 * application on it carries its lender name, as the frequent-applications evidence lists lenders.
 */
export function eventEntryToRecords(entry: EventEntry, now: Date, account?: Account): EventEntryRecords {
  const problem = (path: string, expected: string): EventEntryRecords => ({ ok: false, problem: { path, expected } });
  const lender = entry.lender?.trim() || undefined;
  const product = entry.product?.trim() || undefined;
  const money = entry.kind === 'borrow' || entry.kind === 'repay';

  if (entry.kind !== 'application' && entry.outcome !== undefined) return problem('outcome', 'an outcome only on an application');
  if (entry.kind !== 'repay' && entry.full !== undefined) return problem('full', '"full" only on a repay');
  if (!lender && !entry.accountId) return problem('lender', 'the lender or an existing account');
  if (entry.kind === 'borrow' && !(entry.amount !== undefined && entry.amount > 0)) return problem('amount', 'a positive amount');
  if (entry.kind === 'repay' && !(entry.amount !== undefined && entry.amount > 0) && entry.full !== true) {
    return problem('amount', 'a positive amount, or "full"');
  }

  const accounts: Account[] = [];
  let accountId = entry.accountId;
  if (money && accountId === undefined && lender) {
    accountId = manualAccountId(lender, product);
    accounts.push({ id: accountId, lender, ...(product && { product }) });
  }
  // A borrow or repay belongs to its account; an application is about a lender.
  const eventLender = money ? undefined : (lender ?? account?.lender);

  const event: HistoryEvent = {
    at: entry.at,
    kind: entry.kind,
    ...(accountId !== undefined && { accountId }),
    ...(eventLender !== undefined && { lender: eventLender }),
    ...(entry.amount !== undefined && { amount: entry.amount }),
    ...(entry.kind === 'application' && { outcome: entry.outcome ?? 'pending' }),
    ...(entry.full === true && { full: true }),
    source: 'manual',
  };
  const parsed = eventSchema.safeParse(event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem(issue?.path.length ? formatPath(issue.path) : '', issue?.message ?? 'an event object');
  }
  if (Date.parse(parsed.data.at) > now.getTime() + CLOCK_TOLERANCE_MS) return problem('at', 'a time not in the future');
  return { ok: true, batch: { accounts, observations: [], events: [parsed.data] } };
}

// The dashboard's reads of one account (messages ui:account-history and ui:observations): only the
// account's month pages in the range asked for are read, and the chart gets a bounded selection of
// the rows (utils/chart/downsample.ts), never every row. Over all time a long history is read from
// its digests instead (all-time-history.ts).
import { downsample } from '../chart/downsample';
import { MAX_MARKS, type AccountHistory, type HistoryEventMark, type HistoryMark, type ObservationPage } from '../chart/history-types';
import type { Observation } from '../model/types';
import { usedOf } from '../rules/amounts';
import { lenderKey } from '../rules/borrow-ledger';
import { digestsSuffice, historyFromDigests } from './all-time-history';
import { accountRange, type SentinelDb } from './db';
import { toObservation } from './import-export';
import { compareEvents } from './event-months';
import { eventSubject, readSubjectEvents } from './event-subjects';
import { monthOf } from './observation-months';
import { seenUntil } from './observations';

export interface HistoryRange {
  /** ISO instants; without `from`, from the account's first row. */
  from?: string;
  to: string;
  /** Columns to keep points for (the chart's width in pixels, or less). */
  columns: number;
}

const ms = (at: string) => Date.parse(at);

/** Only this account's events and those naming its lender alone (an inquiry): their own pages. */
function subjectsOf(accountId: string, accountLender: string): string[] {
  const lender = lenderKey(accountLender);
  return [eventSubject({ accountId }), ...(lender ? [eventSubject({ lender })] : [])].filter((s): s is string => s !== undefined);
}

/** The account's chart data over the range, or undefined when no such account is stored. */
export async function readAccountHistory(db: SentinelDb, accountId: string, range: HistoryRange): Promise<AccountHistory | undefined> {
  const tx = db.transaction(['accounts', 'observationMonths', 'eventSubjectMonths', 'observationDigests', 'eventDigests'], 'readonly');
  const pages = tx.objectStore('observationMonths');
  const toMonth = monthOf(range.to);
  if (range.from === undefined) {
    // All time: the digests first (a small row per month); they do when a column spans a day or more.
    // The account row, its digests and its own events' digests are asked for at once, in that order;
    // its lender's events (the lender is in the account row) as soon as the row is in, while the
    // rest is read.
    // A short history then reads a few digests for nothing; a long one saves two round trips.
    const store = tx.objectStore('eventDigests');
    const accountRead = tx.objectStore('accounts').get(accountId);
    const digestsRead = tx.objectStore('observationDigests').getAll(accountRange(accountId));
    const ownRead = store.getAll(accountRange(eventSubject({ accountId })!));
    // Awaited below; handled here too, for when the account row's read fails first.
    for (const p of [digestsRead, ownRead]) p.catch(() => undefined);
    const account = await accountRead;
    const lender = account ? subjectsOf(accountId, account.lender)[1] : undefined;
    const [digests, ownEvents, lenderEvents] = await Promise.all([digestsRead, ownRead, lender ? store.getAll(accountRange(lender)) : []]);
    if (account && digestsSuffice(digests, ms(range.to), range.columns)) {
      await tx.done;
      return historyFromDigests(accountId, digests, [...ownEvents, ...lenderEvents], ms(range.to), range.columns);
    }
  }
  const [account, inside, before] = await Promise.all([
    tx.objectStore('accounts').get(accountId),
    pages.getAll(accountRange(accountId, range.from === undefined ? undefined : monthOf(range.from), toMonth)),
    // The last row before the range: its values still hold where the range begins.
    range.from === undefined
      ? undefined
      : pages.openCursor(IDBKeyRange.bound([accountId], [accountId, monthOf(range.from)], false, true), 'prev'),
  ]);
  if (!account) {
    await tx.done;
    return undefined;
  }
  const rows = inside.flatMap((p) => p.rows);
  const from = range.from === undefined ? (rows[0] ? ms(rows[0].at) : ms(range.to)) : ms(range.from);
  const to = Math.max(from, ms(range.to));
  const accountEvents = await readSubjectEvents(
    tx.objectStore('eventSubjectMonths'),
    subjectsOf(accountId, account.lender),
    monthOf(new Date(from).toISOString()),
    toMonth,
  );
  await tx.done;

  let carry = before?.value.rows.at(-1);
  const inRange: Observation[] = [];
  for (const o of rows) {
    const t = ms(o.at);
    if (t < from) carry = o;
    else if (t <= to) inRange.push(o);
  }
  // The row carried in is drawn at the range's left edge; the last row stays drawn until it was last seen.
  const timed = (o: Observation, t: number) => ({ o, t });
  const series = [...(carry ? [timed(carry, from)] : []), ...inRange.map((o) => timed(o, ms(o.at)))];
  const last = series.at(-1);
  const lastSeen = last ? Math.min(to, ms(seenUntil(last.o))) : 0;
  if (last && lastSeen > last.t) series.push(timed(last.o, lastSeen));
  const kept = downsample(
    series,
    (p) => p.t,
    [(p) => p.o.totalLimit, (p) => p.o.availableLimit, (p) => usedOf(p.o)],
    from,
    to,
    range.columns,
  );
  const num = (v: number | undefined) => (v === undefined ? null : v);

  // Changes only (the first known status is no change); the 提额 entry also where it is first seen.
  const marks: HistoryMark[] = [];
  let status = carry?.status !== 'unknown' ? carry?.status : undefined;
  let increase = carry?.increaseAvailable;
  for (const o of inRange) {
    if (o.status !== 'unknown' && o.status !== status) {
      if (status !== undefined)
        marks.push({
          at: ms(o.at),
          kind: 'status',
          status: o.status,
          ...(o.statusText && { statusText: o.statusText }),
          ...(o.totalLimit !== undefined && { total: o.totalLimit }),
        });
      status = o.status;
    }
    if (o.increaseAvailable !== undefined && o.increaseAvailable !== increase) {
      marks.push({
        at: ms(o.at),
        kind: 'increase',
        available: o.increaseAvailable,
        ...(o.totalLimit !== undefined && { total: o.totalLimit }),
      });
      increase = o.increaseAvailable;
    }
  }

  const events: HistoryEventMark[] = [];
  // The two subjects' pages interleave in time: marks are drawn in time order.
  for (const e of accountEvents.sort(compareEvents)) {
    const t = ms(e.at);
    if (t < from || t > to) continue;
    events.push({
      at: t,
      kind: e.kind,
      ...(e.amount !== undefined && { amount: e.amount }),
      ...(e.lender && { lender: e.lender }),
      ...(e.outcome && { outcome: e.outcome }),
      ...(e.full !== undefined && { full: e.full }),
    });
  }
  return {
    accountId,
    from,
    to,
    points: {
      t: kept.map((p) => p.t),
      total: kept.map((p) => num(p.o.totalLimit)),
      available: kept.map((p) => num(p.o.availableLimit)),
      used: kept.map((p) => num(usedOf(p.o))),
    },
    // The newest are kept when there are too many: they are what a person checks first.
    marks: marks.slice(-MAX_MARKS),
    events: events.slice(-MAX_MARKS),
    rowCount: inRange.length,
    truncated: marks.length > MAX_MARKS || events.length > MAX_MARKS,
  };
}

/**
 * One page of the account's rows, newest first, strictly older than `before` (an instant, the
 * previous page's `next`). Reads month pages from the newest down until the page is full.
 */
export async function readObservationPage(
  db: SentinelDb,
  accountId: string,
  before: string | undefined,
  limit: number,
): Promise<ObservationPage<Observation> | undefined> {
  const tx = db.transaction(['accounts', 'observationMonths'], 'readonly');
  const account = await tx.objectStore('accounts').get(accountId);
  if (!account) {
    await tx.done;
    return undefined;
  }
  const rows: Observation[] = [];
  let cursor = await tx
    .objectStore('observationMonths')
    .openCursor(accountRange(accountId, undefined, before === undefined ? undefined : monthOf(before)), 'prev');
  while (cursor && rows.length <= limit) {
    const page = cursor.value.rows;
    for (let i = page.length - 1; i >= 0 && rows.length <= limit; i--) {
      if (before === undefined || page[i]!.at < before) rows.push(page[i]!);
    }
    if (rows.length <= limit) cursor = await cursor.continue();
    else break;
  }
  await tx.done;
  const shown = rows.slice(0, limit).map(toObservation);
  return {
    rows: shown,
    ...(rows.length > limit && shown.length > 0 && { next: shown.at(-1)!.at }),
    ...(account.observationCount !== undefined && { total: account.observationCount }),
  };
}

// What the all-time chart needs of one observation page or one event subject page, kept beside it
// (stores `observationDigests` and `eventDigests`, schema version 6): a chart of nine years then
// reads a small row per month instead of every row and every event. A digest is a pure function of
// its page, so every writer of a page writes its digest from the page it wrote (chart-digests.ts),
// and the upgrade step builds them the same way (migrations/v6-chart-digests.ts).
//
// Points: per UTC day, the rows downsample.ts would keep for a one-day column (the smallest and
// largest value of each series and the last row): real rows, so a dip of one day still shows.
// Marks: the page's first row that tells a status and every row whose status differs from the one
// before it in the page (likewise for the 提额 entry). Replayed across pages in time order these
// give exactly the changes that replaying every row gives: a row that repeats the status in force
// changes nothing. Events: per UTC day and kind, how many and their sum.
import { downsample } from '../chart/downsample';
import type { EventKind, Outcome, Status } from '../model/types';
import { usedOf } from '../rules/amounts';
import type { EventSubjectMonth, ObservationDigest, ObservationMonth, EventDigest } from './schema';

export type { EventDigest, ObservationDigest } from './schema';

const DAY = 86_400_000;
const ms = (at: string) => Date.parse(at);
const monthStart = (month: string) => Date.parse(`${month}-01T00:00:00.000Z`);
/** The days of a UTC month: from its first instant to the next month's. */
function monthDays(month: string): number {
  const start = new Date(monthStart(month));
  return Math.round((Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) - start.getTime()) / DAY);
}
const orNull = (v: number | undefined) => (v === undefined ? null : v);

export function digestObservations(page: ObservationMonth): ObservationDigest {
  const from = monthStart(page.month);
  const days = monthDays(page.month);
  const timed = page.rows.map((o) => ({ o, t: ms(o.at) }));
  // One column per day: the column width is then a day less a fraction of a millisecond, which
  // puts every instant of a UTC day in that day's column.
  const kept = downsample(
    timed,
    (r) => r.t,
    [(r) => r.o.totalLimit, (r) => r.o.availableLimit, (r) => usedOf(r.o)],
    from,
    from + days * DAY - 1,
    days,
  );
  const marks: ObservationDigest['marks'] = [];
  let status: Status | undefined;
  let increase: boolean | undefined;
  for (const { o, t } of timed) {
    const statusChanged = o.status !== 'unknown' && o.status !== status;
    const increaseChanged = o.increaseAvailable !== undefined && o.increaseAvailable !== increase;
    if (statusChanged || increaseChanged)
      marks.push({
        at: t,
        ...(statusChanged && { status: o.status, ...(o.statusText && { statusText: o.statusText }) }),
        ...(increaseChanged && { increase: o.increaseAvailable }),
        ...(o.totalLimit !== undefined && { total: o.totalLimit }),
      });
    if (statusChanged) status = o.status;
    if (increaseChanged) increase = o.increaseAvailable;
  }
  const last = page.rows.at(-1);
  return {
    accountId: page.accountId,
    month: page.month,
    count: page.rows.length,
    first: timed[0]?.t ?? from,
    t: kept.map((r) => r.t),
    total: kept.map((r) => orNull(r.o.totalLimit)),
    available: kept.map((r) => orNull(r.o.availableLimit)),
    used: kept.map((r) => orNull(usedOf(r.o))),
    marks,
    lastSeen: last ? ms(last.lastSeenAt ?? last.at) : from,
  };
}

/** One subject page's events, per UTC day and kind: the first one's instant, how many, their sum. */
export function digestEvents(page: EventSubjectMonth): EventDigest {
  const buckets: EventDigest['buckets'] = [];
  const open = new Map<string, EventDigest['buckets'][number]>();
  for (const e of page.events) {
    const t = ms(e.at);
    const id = `${Math.floor(t / DAY)} ${e.kind}`;
    const b = open.get(id);
    if (!b) {
      const fresh = { at: t, kind: e.kind as EventKind, count: 1, ...bucketDetails(e) };
      open.set(id, fresh);
      buckets.push(fresh);
      continue;
    }
    b.count++;
    if (e.amount !== undefined) b.amount = (b.amount ?? 0) + e.amount;
    // Details of one event stay only while the bucket holds that one (or the same lender).
    delete b.outcome;
    delete b.full;
    if (b.lender !== e.lender) delete b.lender;
  }
  return { subject: page.subject, month: page.month, buckets };
}

function bucketDetails(e: { amount?: number; lender?: string; outcome?: Outcome; full?: boolean }) {
  return {
    ...(e.amount !== undefined && { amount: e.amount }),
    ...(e.lender && { lender: e.lender }),
    ...(e.outcome && { outcome: e.outcome }),
    ...(e.full !== undefined && { full: e.full }),
  };
}

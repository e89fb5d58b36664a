// high-utilization, two alerts:
// - aggregate (no accountId): Σused / Σtotal over accounts whose latest balance-telling view is
//   within 60 days — ≥ 70 % warning, ≥ 90 % critical, each only when the ratio has held on views
//   spanning ≥ 14 days (one high view, after one large purchase or before payday, is not enough);
// - sustained (one account): ≥ 90 % on every view of the last 60 days, the views spanning ≥ 30 days
//   — warning.
// used = `usedAmount`, else `totalLimit − availableLimit` when only those two are known.
//
// Where heuristics.md is silent:
// - A view that cannot tell the balance (status, rate or available only, or no limit above 0) says
//   nothing about utilisation and is skipped: an account's part is its latest balance-telling view;
//   no values are mixed across views (the limit may have changed in between).
// - "Views spanning ≥ 14 days": from the moment the ratio last rose to the threshold (replaying the
//   accounts' views backwards) to the latest moment one of the included views was seen. The alert's
//   `at` is that rise plus the span: when the condition first held.
// - `total − available` stands for "used" only while the line can be drawn on: a `limited` or
//   `frozen` account often shows 0 available because it is blocked, not spent (the same reading as
//   the popup's `utilization()`). The view's own status decides, or the account's latest known
//   status when the view has none. A view whose used amount cannot be known is left out of both
//   sums rather than counted as unused.
// - Closed accounts (latest known status) are left out: nothing can be drawn on them any more.
// - "Within 60 days" and "every observation over the last 60 days" use `seen` (lastSeenAt, else
//   at): a view first shown 80 days ago and still seen 20 days ago is a view of the window. The
//   30-day span is measured from the first such view (clipped to the window start) to the latest
//   moment one was seen, so one view seen unchanged for 30+ days counts like two views 30 days apart.
// - used is clipped to [0, total] per account, as the popup shows it.
// - `at` (aggregate): the start of the current run of the ratio at or above the alert's threshold,
//   found by replaying the included accounts' limit views backwards (views ageing out of the window
//   in the past are not replayed). `at` (sustained): the first moment the current run of ≥ 90 %
//   views had lasted the span.
// - Grades step every 5 points of utilisation so a dismissed alert speaks again on a real rise,
//   not on every yuan borrowed.
import type { Status } from '../../model/types';
import { cents, round4, usedOf } from '../amounts';
import { replayBack } from '../replay';
import type { Evidence, HistoryView, RuleAlert, RuleCode, TimedObservation } from '../shapes';
import { DAY_MS } from '../shapes';
import type { highUtilizationMeta } from './meta';

type Alert = RuleAlert<'high-utilization'>;

const grade = (ratio: number) => Math.floor(ratio * 20 + 1e-9);

/**
 * The used amount of one view in fen (cents, so sums stay exact), clipped to [0, total]; −1 when
 * the view cannot say how much of its limit is used or has no limit above 0. No allocation: the
 * rule reads every limit view of a long history.
 */
function usedCents(o: TimedObservation, accountStatus: Status): number {
  const total = o.totalLimit;
  if (total === undefined || !(total > 0)) return -1;
  const used = usedOf(o, accountStatus);
  return used === undefined ? -1 : Math.min(cents(total), Math.max(0, cents(used)));
}

/** One account's part in the aggregate, and where the replay steps back from. */
interface Part {
  id: string;
  views: readonly TimedObservation[];
  status: Status;
  /** Index of the limit view in force, and its time (kept here: the replay's heap compares it often). */
  index: number;
  t: number;
  /** Its used amount and limit in fen; used −1 when it cannot be read (it then counts for nothing). */
  used: number;
  total: number;
}

const previousBalanceView = (views: readonly TimedObservation[], before: number, status: Status): number => {
  for (let i = before - 1; i >= 0; i--) if (usedCents(views[i]!, status) >= 0) return i;
  return -1;
};

/**
 * When the aggregate last rose to `threshold` or above: step back through the parts' limit views,
 * newest first, until the ratio in force before a moment is under the threshold (or nothing is
 * left). Usually a few steps; a history high from its first day is walked once, O(n log accounts).
 */
function runStart(parts: readonly Part[], threshold: number): number {
  let used = 0;
  let total = 0;
  const sources: Part[] = [];
  for (const p of parts) {
    used += p.used;
    total += p.total;
    sources.push({ ...p });
  }
  const stepBack = (p: Part): boolean => {
    if (p.used >= 0) {
      used -= p.used;
      total -= p.total;
    }
    p.index = previousBalanceView(p.views, p.index, p.status);
    if (p.index < 0) return false;
    const o = p.views[p.index]!;
    p.t = o.t;
    p.used = usedCents(o, p.status);
    p.total = p.used >= 0 ? cents(o.totalLimit!) : 0;
    if (p.used >= 0) {
      used += p.used;
      total += p.total;
    }
    return true;
  };
  return replayBack(sources, stepBack, () => total > 0 && !(used / total < threshold));
}

type UtilizationSettings = typeof highUtilizationMeta.defaults;

/** Each open account's latest balance-telling view within the window: its part in the aggregate. */
function utilizationParts(history: HistoryView, s: UtilizationSettings): Part[] {
  const from = history.now - s.windowDays * DAY_MS;
  const parts: Part[] = [];
  for (const { account, observations } of history.accounts) {
    // From the newest view back: the latest known status and the latest limit view.
    let status: Status = 'unknown';
    for (let i = observations.length - 1; i >= 0 && status === 'unknown'; i--) status = observations[i]!.status;
    if (status === 'closed') continue;
    const last = previousBalanceView(observations, observations.length, status);
    if (last < 0) continue;
    const latest = observations[last]!;
    if (!(latest.seen > from)) continue;
    parts.push({
      id: account.id,
      views: observations,
      status,
      index: last,
      t: latest.t,
      used: usedCents(latest, status),
      total: cents(latest.totalLimit!),
    });
  }
  return parts;
}

/**
 * The aggregate Σused / Σtotal at `now`, and since when it has held at the alert's threshold when
 * that run spans `aggregateSpanDays` (undefined: the aggregate reason does not fire). Shared with
 * utils/factors.
 */
export function aggregateUtilization(history: HistoryView, s: UtilizationSettings, parts = utilizationParts(history, s)) {
  let used = 0;
  let total = 0;
  let seenTo = -Infinity;
  for (const p of parts) {
    used += p.used;
    total += p.total;
    seenTo = Math.max(seenTo, p.views[p.index]!.seen);
  }
  const ratio = total > 0 ? used / total : 0;
  // Sustained: the run of the ratio at or above a threshold spans the days asked for.
  const heldFrom = (threshold: number): number | undefined => {
    if (!(ratio >= threshold)) return undefined;
    const from = runStart(parts, threshold);
    return seenTo - from >= s.aggregateSpanDays * DAY_MS ? from : undefined;
  };
  const criticalFrom = total > 0 ? heldFrom(s.criticalAggregate) : undefined;
  const warningFrom = total > 0 && criticalFrom === undefined ? heldFrom(s.aggregate) : undefined;
  return { parts, used, total, ratio, seenTo, criticalFrom, warningFrom };
}

export const highUtilization: RuleCode<typeof highUtilizationMeta> = {
  id: 'high-utilization',
  evaluate(history, settings) {
    const s = settings['high-utilization'];
    const from = history.now - s.windowDays * DAY_MS;
    const span = s.singleSpanDays * DAY_MS;
    const aggregateSpan = s.aggregateSpanDays * DAY_MS;
    const alerts: Alert[] = [];
    const parts = utilizationParts(history, s);

    for (const { id, views: observations, status, index: last, used: latestUsed, total: latestTotal } of parts) {
      if (latestUsed / latestTotal < s.single) continue;

      // Sustained: every limit view of the window at or above `single`, spanning `singleSpanDays`.
      // Newest first, so the first view under the threshold ends the search.
      let inWindow = 0;
      let minRatio = Infinity;
      let spanFrom = Infinity; // the first moment (clipped to the window) a view of the window shows
      let spanTo = -Infinity; // the last moment a view of the window was seen
      let runFrom = last; // first view of the unbroken run of high views that ends the history
      let broken = false;
      let sustained = true;
      for (let i = last; i >= 0; i--) {
        const o = observations[i]!;
        if (o.totalLimit === undefined) continue;
        const used = usedCents(o, status);
        const ratio = used >= 0 ? used / cents(o.totalLimit) : NaN;
        const high = ratio >= s.single;
        if (!broken) {
          if (high) runFrom = i;
          else broken = true;
        }
        if (!(o.seen > from)) continue;
        if (!high) {
          sustained = false;
          break;
        }
        inWindow++;
        minRatio = Math.min(minRatio, ratio);
        spanFrom = Math.min(spanFrom, Math.max(o.t, from));
        spanTo = Math.max(spanTo, o.seen);
      }
      if (!sustained || !(spanTo - spanFrom >= span)) continue;
      // The first moment the run had lasted the span: the first view of it seen `span` after it began.
      const runT = observations[runFrom]!.t;
      let reached: number | undefined;
      for (let i = runFrom; i <= last && reached === undefined; i++) {
        const o = observations[i]!;
        if (o.totalLimit !== undefined && o.seen - runT >= span) reached = Math.max(o.t, runT + span);
      }
      alerts.push({
        rule: 'high-utilization',
        severity: 'warning',
        accountId: id,
        // A run broken only by views older than the window has not lasted the span by itself:
        // then the span inside the window is what held, and it held once it reached `span`.
        at: new Date(reached ?? spanFrom + span).toISOString(),
        evidence: {
          scope: 'account',
          utilization: round4(latestUsed / latestTotal),
          lowestUtilization: round4(minRatio),
          used: latestUsed / 100,
          totalLimit: latestTotal / 100,
          observations: inWindow,
          from: new Date(spanFrom).toISOString(),
          to: new Date(spanTo).toISOString(),
          spanDays: Math.floor((spanTo - spanFrom) / DAY_MS),
          threshold: s.single,
          spanThresholdDays: s.singleSpanDays,
          windowDays: s.windowDays,
        },
        grade: grade(minRatio),
      });
    }

    const { used, total, ratio, criticalFrom, warningFrom } = aggregateUtilization(history, s, parts);
    if (total > 0 && (criticalFrom ?? warningFrom) !== undefined) {
      const critical = criticalFrom !== undefined;
      const accounts: Evidence[] = parts.map((p) => ({
        accountId: p.id,
        used: p.used / 100,
        totalLimit: p.total / 100,
        utilization: round4(p.used / p.total),
        seenAt: new Date(p.views[p.index]!.seen).toISOString(),
      }));
      alerts.push({
        rule: 'high-utilization',
        severity: critical ? 'critical' : 'warning',
        at: new Date((criticalFrom ?? warningFrom)! + aggregateSpan).toISOString(),
        evidence: {
          scope: 'aggregate',
          utilization: round4(ratio),
          used: used / 100,
          totalLimit: total / 100,
          accounts,
          threshold: s.aggregate,
          criticalThreshold: s.criticalAggregate,
          since: new Date((criticalFrom ?? warningFrom)!).toISOString(),
          spanThresholdDays: s.aggregateSpanDays,
          windowDays: s.windowDays,
        },
        grade: grade(ratio),
      });
    }
    return alerts;
  },
};

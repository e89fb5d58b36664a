// sudden-drawdown: a sudden change of behaviour. A cash line (kinds as in many-lenders), or all cash
// lines together, every view of which in the 60 days before was ≤ 20 % used (at least two views
// ≥ 30 days apart), is ≥ 70 % used within 14 days, by views or by `borrow` events (the balance just
// before a borrow counts as a view). The alert stands while the line stays ≥ 70 % used. Purchases on
// cards and pay-later lines are not drawdowns. Warning.
//
// Where heuristics.md is silent:
// - A borrow's "after" balance is the last view's used amount plus the borrows and minus the repays
//   recorded since that view, over the last view's limit; borrows without an amount add nothing.
// - "Within 14 days": the first point of the current run at ≥ 70 % is at most 14 days after the last
//   quiet point (≤ 20 %) before it; views in between (a rise in two steps) may be anything. "The 60
//   days before" are the 60 days up to that last quiet point. A view seen unchanged until a later
//   visit counts from its first showing (clipped to the window) to that visit.
// - The whole-picture alert (all cash lines together) is given only when no single line explains it.
import { isCashLine, round4, usedOf } from '../amounts';
import type { HistoryView, RuleAlert, RuleCode, TimedEvent, TimedObservation } from '../shapes';
import { DAY_MS } from '../shapes';
import type { DrawdownSettings } from './meta';
import type { suddenDrawdownMeta } from './meta';

type Alert = RuleAlert<'sudden-drawdown'>;

interface Point {
  t: number;
  /** When the values of this point were first shown (an unchanged view seen again later). */
  from: number;
  used: number;
  limit: number;
}

/** The balance points of one cash line: balance-telling views, and each borrow (before and after). */
function pointsOf(observations: readonly TimedObservation[], events: readonly TimedEvent[]): Point[] {
  const points: Point[] = [];
  let i = 0;
  let j = 0;
  let used: number | undefined;
  let limit: number | undefined;
  while (i < observations.length || j < events.length) {
    const o = observations[i];
    const e = events[j];
    if (o && (!e || o.t <= e.t)) {
      i++;
      const u = usedOf(o);
      if (u === undefined || o.totalLimit === undefined || !(o.totalLimit > 0)) continue;
      used = u;
      limit = o.totalLimit;
      points.push({ t: o.t, from: o.t, used, limit });
      if (o.seen > o.t) points.push({ t: o.seen, from: o.t, used, limit });
      continue;
    }
    j++;
    if (used === undefined || limit === undefined || e!.amount === undefined) continue;
    if (e!.kind === 'borrow') {
      points.push({ t: e!.t, from: e!.t, used, limit });
      used += e!.amount;
      points.push({ t: e!.t, from: e!.t, used, limit });
    } else if (e!.kind === 'repay') {
      used = Math.max(0, used - e!.amount);
    }
  }
  return points;
}

/**
 * How long a drawdown stands. A line drawn to the top months ago is no longer a sudden change but a
 * high balance (high-utilization's business); and its quiet stretch must lie inside the history the
 * engine reads (history-view.ts: the longest window, 180 days, plus a month), which 120 days after
 * the drawdown plus its 60 + 14 days of look-back still does.
 */
const STANDS_DAYS = 120;

/** When the current run at ≥ `drawnShare` began, if it followed a quiet stretch within the days asked. */
function drawdownStart(
  points: readonly Point[],
  s: DrawdownSettings,
  now: number,
): { at: number; share: number; quietFrom: number; quietShare: number } | undefined {
  const share = (p: Point) => p.used / p.limit;
  const last = points[points.length - 1];
  if (!last || share(last) < s.drawnShare) return undefined;
  let k = points.length - 1;
  while (k > 0 && share(points[k - 1]!) >= s.drawnShare) k--;
  const at = points[k]!.t;
  if (now - at > STANDS_DAYS * DAY_MS) return undefined;
  // The last quiet point before the run, within the days asked for.
  let q = k - 1;
  while (q >= 0 && share(points[q]!) > s.quietShare) q--;
  if (q < 0 || at - points[q]!.t > s.withinDays * DAY_MS) return undefined;
  const quietTo = points[q]!.t;
  const windowFrom = quietTo - s.windowDays * DAY_MS;
  let quietFrom = quietTo;
  let quietMax = 0;
  let views = 0;
  for (let i = q; i >= 0 && points[i]!.t >= windowFrom; i--) {
    const p = points[i]!;
    if (share(p) > s.quietShare) return undefined;
    quietFrom = Math.min(quietFrom, Math.max(p.from, windowFrom));
    quietMax = Math.max(quietMax, share(p));
    views++;
  }
  if (views < 1 || quietTo - quietFrom < s.quietSpanDays * DAY_MS) return undefined;
  return { at, share: share(last), quietFrom, quietShare: quietMax };
}

export function evaluateDrawdown(history: HistoryView, s: DrawdownSettings): Alert[] {
  // Borrows and repays by account, in one pass (the view's events are sorted).
  const moves = new Map<string, TimedEvent[]>();
  for (const e of history.events) {
    if ((e.kind !== 'borrow' && e.kind !== 'repay') || e.accountId === undefined) continue;
    const list = moves.get(e.accountId);
    if (list) list.push(e);
    else moves.set(e.accountId, [e]);
  }
  const alerts: Alert[] = [];
  const lines: Point[][] = [];
  let usedNow = 0;
  let limitNow = 0;
  for (const { account, observations } of history.accounts) {
    if (!isCashLine(account)) continue;
    const points = pointsOf(observations, moves.get(account.id) ?? []);
    const last = points[points.length - 1];
    if (!last) continue;
    lines.push(points);
    usedNow += last.used;
    limitNow += last.limit;
    const found = drawdownStart(points, s, history.now);
    if (found) alerts.push(alertOf(found, s, account.id));
  }
  // All cash lines together, only when together they are drawn now and no one line explains it.
  if (alerts.length || lines.length < 2 || !(limitNow > 0 && usedNow / limitNow >= s.drawnShare)) return alerts;
  // At each point, the sum of every line's latest known balance and limit (running sums).
  const merged = lines.flatMap((points, line) => points.map((p) => ({ p, line }))).sort((a, b) => a.p.t - b.p.t);
  const latest: (Point | undefined)[] = new Array(lines.length);
  let known = 0;
  let used = 0;
  let limit = 0;
  const total: Point[] = [];
  for (const { p, line } of merged) {
    const before = latest[line];
    if (before) {
      used -= before.used;
      limit -= before.limit;
    } else known++;
    latest[line] = p;
    used += p.used;
    limit += p.limit;
    if (known === lines.length) total.push({ t: p.t, from: p.t, used, limit });
  }
  const found = drawdownStart(total, s, history.now);
  return found ? [alertOf(found, s)] : [];
}

function alertOf(found: NonNullable<ReturnType<typeof drawdownStart>>, s: DrawdownSettings, accountId?: string): Alert {
  return {
    rule: 'sudden-drawdown',
    severity: 'warning',
    ...(accountId !== undefined ? { accountId } : {}),
    at: new Date(found.at).toISOString(),
    evidence: {
      scope: accountId !== undefined ? 'account' : 'cash-lines',
      utilization: round4(found.share),
      quietUtilization: round4(found.quietShare),
      quietFrom: new Date(found.quietFrom).toISOString(),
      drawnAt: new Date(found.at).toISOString(),
      quietShare: s.quietShare,
      drawnShare: s.drawnShare,
      windowDays: s.windowDays,
      withinDays: s.withinDays,
    },
    grade: Math.floor(found.share * 20 + 1e-9),
  };
}

export const suddenDrawdown: RuleCode<typeof suddenDrawdownMeta> = {
  id: 'sudden-drawdown',
  evaluate: (history, settings) => evaluateDrawdown(history, settings['sudden-drawdown']),
};

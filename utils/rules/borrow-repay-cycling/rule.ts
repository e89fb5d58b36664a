// borrow-repay-cycling: two loops that lenders' models read as cash strain.
// 1. Per account: a borrow paid back within 7 days (a `full` repay, or repays adding up to it), ≥ 3
//    such cycles completed in 60 days → warning, ≥ 5 in 30 days → critical. A cycle is placed at the
//    repay that completes it: that is when it becomes a cycle, so `at` is when the third one closed.
// 2. 以贷养贷: a borrow on one lender within 3 days before or after a repay to a different lender, the
//    borrow at least half the repay and not itself repaid in full within 7 days (a bridge repaid from
//    income is a cycle, not a rollover); ≥ 2 in 90 days → warning, ≥ 4 → critical. It spans lenders,
//    so it is a whole-picture alert (no accountId).
// Events are tied to a "line": their account; else, for an event with only a lender, the person's one
// account at that lender; else the lender itself. The stored alerts allow one whole-picture alert per
// rule, so when a lender-only line cycles as well as 以贷养贷, the worse of the two is reported.
//
// Where heuristics.md is silent:
// - Borrowing means cash: card and pay-later "borrows" are purchases, so they make neither cycles nor
//   the borrow side of a rollover (a salary-day 花呗 purchase repaid on payday, or purchases every
//   other day paid with the bill, are everyday spending). Lender-only lines count as cash.
// - One repay completes at most one cycle: a repay that settles several borrows at once closes one
//   loop, not several.
// - Without amounts the half-the-repay test cannot be made; the pair then counts.
import { isCashBorrowLine, lineResolver, settleBorrows, type Line, type SettledBorrow } from '../borrow-ledger';
import { countIn, countSpans, runStart } from '../time-windows';
import type { EvidenceValue, HistoryView, RuleAlert, RuleCode, TimedEvent } from '../shapes';
import { DAY_MS, severityRank } from '../shapes';
import type { borrowRepayCyclingMeta } from './meta';

type Alert = RuleAlert<'borrow-repay-cycling'>;

type CyclingSettings = typeof borrowRepayCyclingMeta.defaults;

const MAX_LISTED = 20;
const amountOf = (e: TimedEvent): number | null => e.amount ?? null;

/** Each cash line's cycles, ordered by the repay that completed them (shared with utils/factors). */
export function cyclesByLine(
  history: HistoryView,
  settled: readonly SettledBorrow[],
  s: CyclingSettings,
): Map<string, { line: Line; cycles: SettledBorrow[] }> {
  const withinMs = s.repayWithinDays * DAY_MS;
  const byLine = new Map<string, { line: Line; cycles: SettledBorrow[] }>();
  const completed = new Set<TimedEvent>();
  for (const b of settled) {
    if (!b.paidBy || b.paidBy.t - b.borrow.t > withinMs || completed.has(b.paidBy) || !isCashBorrowLine(history, b.line)) continue;
    completed.add(b.paidBy);
    const group = byLine.get(b.line.key);
    if (group) group.cycles.push(b);
    else byLine.set(b.line.key, { line: b.line, cycles: [b] });
  }
  for (const { cycles } of byLine.values()) cycles.sort((a, b) => a.paidBy!.t - b.paidBy!.t || a.borrow.t - b.borrow.t);
  return byLine;
}

/** One line's cycle count at `now` and whether it fires (sorted repay times). */
export function cycleCount(times: readonly number[], now: number, s: CyclingSettings) {
  const count = countIn(times, now, s.windowDays * DAY_MS);
  const critical = countIn(times, now, s.criticalWindowDays * DAY_MS) >= s.criticalCycles;
  return { count, critical, fires: count >= s.cycles || critical };
}

function cycleAlerts(history: HistoryView, settled: readonly SettledBorrow[], s: CyclingSettings): Alert[] {
  const windowMs = s.windowDays * DAY_MS;
  const criticalMs = s.criticalWindowDays * DAY_MS;
  const alerts: Alert[] = [];
  for (const { line, cycles } of cyclesByLine(history, settled, s).values()) {
    const times = cycles.map((c) => c.paidBy!.t);
    const { count, critical, fires } = cycleCount(times, history.now, s);
    if (!fires) continue;
    const at = runStart([countSpans(times, s.cycles, windowMs), countSpans(times, s.criticalCycles, criticalMs)], history.now);
    if (at === undefined) continue;
    const recent = cycles.filter((c) => c.paidBy!.t > history.now - windowMs);
    alerts.push({
      rule: 'borrow-repay-cycling',
      severity: critical ? 'critical' : 'warning',
      ...(line.accountId !== undefined ? { accountId: line.accountId } : {}),
      at: new Date(at).toISOString(),
      evidence: {
        pattern: 'cycles',
        cycles: count,
        windowDays: s.windowDays,
        threshold: s.cycles,
        criticalThreshold: s.criticalCycles,
        criticalWindowDays: s.criticalWindowDays,
        repayWithinDays: s.repayWithinDays,
        lender: line.lenderName ?? null,
        latestRepaidAt: recent[recent.length - 1]!.paidBy!.at,
        list: recent.slice(-MAX_LISTED).map((c) => ({ borrowedAt: c.borrow.at, repaidAt: c.paidBy!.at, amount: amountOf(c.borrow) })),
      },
      grade: count,
    });
  }
  return alerts;
}

export interface Repaid {
  e: TimedEvent;
  lender: string;
  name: string;
}

export interface RolloverPair {
  repay: Repaid;
  borrow: TimedEvent;
  lenderName: string;
  /** When the pair exists: once both its halves have happened. */
  t: number;
}

/** 以贷养贷 pairs: cash borrows within `crossWithinDays` before or after a repay to another lender (`settled` sorted by borrow time). */
export function rolloverPairs(
  history: HistoryView,
  resolve: (e: TimedEvent) => Line | undefined,
  settled: readonly SettledBorrow[],
  s: CyclingSettings,
): RolloverPair[] {
  const withinMs = s.crossWithinDays * DAY_MS;
  const bridgeMs = s.repayWithinDays * DAY_MS;
  const repays: Repaid[] = [];
  for (const e of history.events) {
    if (e.kind !== 'repay') continue;
    const line = resolve(e);
    if (line?.lender) repays.push({ e, lender: line.lender, name: line.lenderName ?? line.lender });
  }
  const used = new Set<Repaid>();
  const found: RolloverPair[] = [];
  let lo = 0;
  for (const b of settled) {
    const { borrow, line } = b;
    if (!line.lender || !isCashBorrowLine(history, line)) continue;
    // A bridge paid back in full within the week is a cycle, not a rollover.
    if (b.paidBy && b.paidBy.t - borrow.t <= bridgeMs) continue;
    while (lo < repays.length && repays[lo]!.e.t < borrow.t - withinMs) lo++;
    let match: Repaid | undefined;
    for (let i = lo; i < repays.length && repays[i]!.e.t <= borrow.t + withinMs; i++) {
      const r = repays[i]!;
      if (used.has(r) || r.lender === line.lender) continue;
      if (borrow.amount !== undefined && r.e.amount !== undefined && borrow.amount < r.e.amount / 2) continue;
      // The nearest in time funds it.
      if (!match || Math.abs(r.e.t - borrow.t) < Math.abs(match.e.t - borrow.t)) match = r;
    }
    if (!match) continue;
    used.add(match);
    found.push({ repay: match, borrow, lenderName: line.lenderName ?? line.lender, t: Math.max(borrow.t, match.e.t) });
  }
  return found.sort((a, b) => a.t - b.t);
}

/** The pair count at `now` and whether it fires (sorted pair times). */
export function rolloverCount(times: readonly number[], now: number, s: CyclingSettings) {
  const count = countIn(times, now, s.crossWindowDays * DAY_MS);
  return { count, fires: count >= Math.min(s.crossLender, s.criticalCrossLender) };
}

function crossLenderAlert(
  history: HistoryView,
  resolve: (e: TimedEvent) => Line | undefined,
  settled: readonly SettledBorrow[],
  s: CyclingSettings,
): Alert | undefined {
  const windowMs = s.crossWindowDays * DAY_MS;
  const found = rolloverPairs(history, resolve, settled, s);
  const times = found.map((f) => f.t);
  const { count, fires } = rolloverCount(times, history.now, s);
  if (!fires) return undefined;
  const at = runStart([countSpans(times, Math.min(s.crossLender, s.criticalCrossLender), windowMs)], history.now);
  if (at === undefined) return undefined;
  const recent = found.filter((f) => f.t > history.now - windowMs);
  const list: EvidenceValue[] = recent.slice(-MAX_LISTED).map((f) => ({
    repaidAt: f.repay.e.at,
    repaidLender: f.repay.name,
    repaidAmount: amountOf(f.repay.e),
    borrowedAt: f.borrow.at,
    borrowedLender: f.lenderName,
    borrowedAmount: amountOf(f.borrow),
  }));
  return {
    rule: 'borrow-repay-cycling',
    severity: count >= s.criticalCrossLender ? 'critical' : 'warning',
    at: new Date(at).toISOString(),
    evidence: {
      pattern: 'cross-lender',
      times: count,
      windowDays: s.crossWindowDays,
      threshold: s.crossLender,
      criticalThreshold: s.criticalCrossLender,
      withinDays: s.crossWithinDays,
      latest: list[list.length - 1]!,
      list,
    },
    grade: count,
  };
}

export const borrowRepayCycling: RuleCode<typeof borrowRepayCyclingMeta> = {
  id: 'borrow-repay-cycling',
  evaluate(history, settings) {
    const s = settings['borrow-repay-cycling'];
    const resolve = lineResolver(history);
    const settled = settleBorrows(history, resolve);
    const alerts = cycleAlerts(history, settled, s);
    const cross = crossLenderAlert(
      history,
      resolve,
      [...settled].sort((a, b) => a.borrow.t - b.borrow.t),
      s,
    );
    const perAccount = alerts.filter((a) => a.accountId !== undefined);
    // One whole-picture alert at most (see the header): the most severe, then the highest grade.
    const whole = [...(cross ? [cross] : []), ...alerts.filter((a) => a.accountId === undefined)].sort(
      (a, b) => severityRank(b.severity) - severityRank(a.severity) || b.grade - a.grade,
    );
    return whole[0] ? [...perAccount, whole[0]] : perAccount;
  },
};

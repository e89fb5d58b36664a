// borrow-repay-cycling: two loops that lenders' models read as cash strain.
// 1. Per account: a borrow paid back within 7 days (a `full` repay, or repays adding up to it), ≥ 3
//    such cycles completed in 30 days → warning, ≥ 5 → critical. A cycle is placed at the repay that
//    completes it: that is when it becomes a cycle, so `at` is when the third one closed.
// 2. 以贷养贷: a borrow on one lender 0–3 days after a repay to a different lender, ≥ 2 times in 60
//    days → warning. It spans lenders, so it is a whole-picture alert (no accountId); giving it the
//    borrowing account would share the `rule|account` key with that account's cycle alert.
// Events are tied to a "line": their account; else, for an event with only a lender, the person's one
// account at that lender; else the lender itself. The stored alerts allow one whole-picture alert per
// rule, so when a lender-only line cycles as well as 以贷养贷, the worse of the two is reported.
import { lineResolver, settleBorrows, type Line, type SettledBorrow } from './borrow-ledger';
import { countIn, countSpans, runStart } from './time-windows';
import type { RuleSettings } from './thresholds';
import type { Alert, EvidenceValue, HistoryView, Rule, TimedEvent } from './types';
import { DAY_MS, severityRank } from './types';


type CyclingSettings = RuleSettings['borrow-repay-cycling'];

const MAX_LISTED = 20;
const amountOf = (e: TimedEvent): number | null => e.amount ?? null;

function cycleAlerts(history: HistoryView, settled: readonly SettledBorrow[], s: CyclingSettings): Alert[] {
  const withinMs = s.repayWithinDays * DAY_MS;
  const windowMs = s.windowDays * DAY_MS;
  const byLine = new Map<string, { line: Line; cycles: SettledBorrow[] }>();
  for (const b of settled) {
    if (!b.paidBy || b.paidBy.t - b.borrow.t > withinMs) continue;
    const group = byLine.get(b.line.key);
    if (group) group.cycles.push(b);
    else byLine.set(b.line.key, { line: b.line, cycles: [b] });
  }
  const alerts: Alert[] = [];
  for (const { line, cycles } of byLine.values()) {
    cycles.sort((a, b) => a.paidBy!.t - b.paidBy!.t || a.borrow.t - b.borrow.t);
    const times = cycles.map((c) => c.paidBy!.t);
    const count = countIn(times, history.now, windowMs);
    if (count < s.cycles && count < s.criticalCycles) continue;
    const at = runStart([countSpans(times, s.cycles, windowMs), countSpans(times, s.criticalCycles, windowMs)], history.now);
    if (at === undefined) continue;
    const recent = cycles.filter((c) => c.paidBy!.t > history.now - windowMs);
    alerts.push({
      rule: 'borrow-repay-cycling',
      severity: count >= s.criticalCycles ? 'critical' : 'warning',
      ...(line.accountId !== undefined ? { accountId: line.accountId } : {}),
      at: new Date(at).toISOString(),
      evidence: {
        pattern: 'cycles',
        cycles: count,
        windowDays: s.windowDays,
        threshold: s.cycles,
        criticalThreshold: s.criticalCycles,
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

interface Repaid {
  e: TimedEvent;
  lender: string;
  name: string;
}

/** 以贷养贷: borrows that come within `crossWithinDays` after a repay to another lender. */
function crossLenderAlert(history: HistoryView, resolve: (e: TimedEvent) => Line | undefined, s: CyclingSettings): Alert | undefined {
  const withinMs = s.crossWithinDays * DAY_MS;
  const windowMs = s.crossWindowDays * DAY_MS;
  // The newest repay, and the newest one to a lender other than its lender: whatever the borrow's
  // lender, the newest repay to a different lender is one of these two, found in O(1).
  let newest: Repaid | undefined;
  let newestOther: Repaid | undefined;
  const found: { repay: Repaid; borrow: TimedEvent; lenderName: string }[] = [];
  const events = history.events;
  for (let i = 0; i < events.length; ) {
    let j = i;
    while (j < events.length && events[j]!.t === events[i]!.t) j++;
    // At one instant the repay counts as "before" the borrow (dates without times).
    for (let k = i; k < j; k++) {
      const e = events[k]!;
      const line = e.kind === 'repay' ? resolve(e) : undefined;
      if (!line?.lender) continue;
      if (newest && newest.lender !== line.lender) newestOther = newest;
      newest = { e, lender: line.lender, name: line.lenderName ?? line.lender };
    }
    for (let k = i; k < j; k++) {
      const e = events[k]!;
      const line = e.kind === 'borrow' && newest ? resolve(e) : undefined;
      if (!line?.lender || !newest) continue;
      const before = newest.lender !== line.lender ? newest : newestOther;
      if (before && e.t - before.e.t <= withinMs) found.push({ repay: before, borrow: e, lenderName: line.lenderName ?? line.lender });
    }
    i = j;
  }
  const times = found.map((f) => f.borrow.t);
  const count = countIn(times, history.now, windowMs);
  if (count < s.crossLender) return undefined;
  const at = runStart([countSpans(times, s.crossLender, windowMs)], history.now);
  if (at === undefined) return undefined;
  const recent = found.filter((f) => f.borrow.t > history.now - windowMs);
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
    severity: 'warning',
    at: new Date(at).toISOString(),
    evidence: {
      pattern: 'cross-lender',
      times: count,
      windowDays: s.crossWindowDays,
      threshold: s.crossLender,
      withinDays: s.crossWithinDays,
      latest: list[list.length - 1]!,
      list,
    },
    grade: count,
  };
}

export const borrowRepayCycling: Rule = {
  id: 'borrow-repay-cycling',
  evaluate(history, settings) {
    const s = settings['borrow-repay-cycling'];
    const resolve = lineResolver(history);
    const alerts = cycleAlerts(history, settleBorrows(history, resolve), s);
    const cross = crossLenderAlert(history, resolve, s);
    const perAccount = alerts.filter((a) => a.accountId !== undefined);
    // One whole-picture alert at most (see the header): the most severe, then the highest grade.
    const whole = [...(cross ? [cross] : []), ...alerts.filter((a) => a.accountId === undefined)].sort(
      (a, b) => severityRank(b.severity) - severityRank(a.severity) || b.grade - a.grade,
    );
    return whole[0] ? [...perAccount, whole[0]] : perAccount;
  },
};

// How a lender re-scores a line (动态调额): the causes heuristics.md names, read from the person's
// true state (what the lender's own data and the credit report show), scored with the figures the
// sources commonly cite. A lender that reacts first reprices or closes the 提额 entry where it can,
// and cuts at a later review; or cuts at once.
import { isCash, usedOf, type Life, type Line } from './life';

export interface Signals {
  hard30: number;
  hard90: number;
  cashOwed: number;
  institutionsOwed: number;
  /** Aggregate utilisation averaged over the last 30 days (lenders read statements, not one day). */
  util30: number;
  cycles60: number;
  rollovers90: number;
}

export interface Trace {
  /** Hard inquiries: day, and when the history first showed them (application typed, or report). */
  hard: { day: number; seen: number; secured: boolean }[];
  /** Completed short borrow-repay loops per line: day, and when the repay reached the history. */
  cycles: Map<string, { day: number; seen: number }[]>;
  rollovers: { day: number; seen: number }[];
  /** Aggregate used share at the end of each day. */
  util: number[];
}

const inWindow = (days: readonly number[], day: number, n: number) => days.filter((d) => d > day - n && d <= day).length;

export function signals(life: Life, trace: Trace, day: number): Signals {
  const hardDays = trace.hard.filter((h) => !h.secured).map((h) => h.day);
  const cash = new Set<string>();
  const all = new Set<string>();
  for (const l of life.lines) {
    if (l.status === 'closed' || usedOf(l) <= 0.5) continue;
    all.add(l.lender);
    if (isCash(l)) cash.add(l.lender);
  }
  const recent = trace.util.slice(Math.max(0, day - 29), day + 1);
  let cycles60 = 0;
  for (const list of trace.cycles.values())
    cycles60 = Math.max(
      cycles60,
      inWindow(
        list.map((c) => c.day),
        day,
        60,
      ),
    );
  return {
    hard30: inWindow(hardDays, day, 30),
    hard90: inWindow(hardDays, day, 90),
    cashOwed: cash.size,
    institutionsOwed: all.size,
    util30: recent.length ? recent.reduce((s, x) => s + x, 0) / recent.length : 0,
    cycles60,
    rollovers90: inWindow(
      trace.rollovers.map((r) => r.day),
      day,
      90,
    ),
  };
}

/** A quiet cash line (≤ 20 % used for the two months before) drawn to ≥ 70 % within two weeks. */
export function drawnDown(line: Line, day: number): boolean {
  if (!isCash(line) || day - line.opened < 45) return false;
  const shares = line.usedShare;
  const now = shares[shares.length - 1] ?? 0;
  if (now < 0.7) return false;
  const idx = (d: number) => d - line.opened;
  let before = 0;
  for (let d = Math.max(line.opened, day - 74); d <= day - 14; d++) before = Math.max(before, shares[idx(d)] ?? 0);
  return before <= 0.2;
}

/** 0 = nothing; each cause adds 1, or 2 at its severe level (the commonly cited figures). */
export function score(s: Signals, line: Line, day: number): number {
  return (
    (s.hard90 >= 6 ? 2 : s.hard30 >= 3 || s.hard90 >= 5 ? 1 : 0) +
    (s.cashOwed >= 5 ? 2 : s.cashOwed >= 3 || s.institutionsOwed >= 5 ? 1 : 0) +
    (s.util30 >= 0.9 ? 2 : s.util30 >= 0.7 ? 1 : 0) +
    (s.cycles60 >= 5 ? 2 : s.cycles60 >= 3 ? 1 : 0) +
    (s.rollovers90 >= 4 ? 2 : s.rollovers90 >= 2 ? 1 : 0) +
    (drawnDown(line, day) ? 1 : 0)
  );
}

/** Online lenders re-score fast and act on one cause; banks mostly on two. */
export function lenderReacts(line: Line, points: number, chance: (p: number) => boolean): boolean {
  if (points <= 0) return false;
  if (!line.def.bank) return chance(0.6);
  return chance(points >= 2 ? 0.6 : 0.15);
}

/** The lender's action on the line: a warning sign first where it can, else (and later) a cut. */
export function act(life: Life, line: Line, day: number, shock = false): void {
  const rng = life.rng;
  const t = life.time(day, rng.between(1, 6));
  if (!shock && line.stage === 0 && rng.chance(0.55) && (line.apr !== undefined || line.increase)) {
    line.stage = 1;
    if (line.increase && (line.apr === undefined || rng.chance(0.5))) line.increase = false;
    else line.apr = Math.round(line.apr! * rng.between(1.15, 1.5) * 10_000) / 10_000;
    return;
  }
  line.stage = 2;
  const r = rng();
  let kind: 'fall' | 'limited' | 'frozen' | 'zeroed' | 'closed';
  if (r < 0.55) {
    kind = 'fall';
    line.limit = Math.round((line.limit * (1 - rng.between(0.15, 0.6))) / 100) * 100;
  } else if (r < 0.75) {
    kind = 'limited';
    line.status = 'limited';
    line.statusText = rng.pick(['暂时无法使用', '综合评估暂未通过']);
  } else if (r < 0.85) {
    kind = 'frozen';
    line.status = 'frozen';
    line.statusText = '额度已冻结';
  } else if (r < 0.96) {
    kind = 'zeroed';
    line.limit = 0;
    line.status = 'limited';
    line.statusText = '暂无额度';
  } else {
    kind = 'closed';
    line.status = 'closed';
    line.statusText = '服务已关闭';
  }
  life.cut ??= { accountId: line.id, t, kind, shock };
}

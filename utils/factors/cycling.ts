// Borrow-repay cycles on one line (the busiest line's count) and 以贷养贷 pairs, counted exactly as
// borrow-repay-cycling counts them (cyclesByLine + cycleCount, rolloverPairs + rolloverCount).
import { cycleCount, cyclesByLine, rolloverCount, rolloverPairs } from '../rules/borrow-repay-cycling/rule';
import { lineResolver, settleBorrows } from '../rules/borrow-ledger';
import type { RuleSettings } from '../rules/thresholds';
import { DAY_MS, type HistoryView } from '../rules/types';
import { leaveTimes } from '../rules/window-projection';
import { countLevel } from './level';
import { projection } from './projection';
import type { Factor } from './types';

export function cyclingFactors(history: HistoryView, settings: RuleSettings): Factor[] {
  const s = settings['borrow-repay-cycling'];
  const now = history.now;
  const resolve = lineResolver(history);
  const settled = settleBorrows(history, resolve);
  const lines = [...cyclesByLine(history, settled, s).values()].map(({ cycles }) => cycles.map((c) => c.paidBy!.t));
  const busiest = (t: number) => Math.max(0, ...lines.map((times) => cycleCount(times, t, s).count));
  const anyFires = (t: number) => lines.some((times) => cycleCount(times, t, s).fires);
  const cycleInstants = lines.flatMap((times) => [
    ...leaveTimes(times, now, s.windowDays * DAY_MS),
    ...leaveTimes(times, now, s.criticalWindowDays * DAY_MS),
  ]);
  const cycles = busiest(now);
  const cyclesFire = anyFires(now);
  const cycleProjection = projection(cycleInstants, now, busiest, anyFires);

  const pairTimes = rolloverPairs(
    history,
    resolve,
    [...settled].sort((a, b) => a.borrow.t - b.borrow.t),
    s,
  ).map((p) => p.t);
  const pairs = rolloverCount(pairTimes, now, s);
  const pairThreshold = Math.min(s.crossLender, s.criticalCrossLender);
  const pairProjection = projection(
    leaveTimes(pairTimes, now, s.crossWindowDays * DAY_MS),
    now,
    (t) => rolloverCount(pairTimes, t, s).count,
    (t) => rolloverCount(pairTimes, t, s).fires,
  );
  return [
    {
      id: 'cycles',
      rule: 'borrow-repay-cycling',
      value: cycles,
      unit: 'count',
      windowDays: s.windowDays,
      threshold: s.cycles,
      level: countLevel(cycles, s.cycles, cyclesFire),
      fires: cyclesFire,
      ...(cycleProjection ? { projection: cycleProjection } : {}),
    },
    {
      id: 'rollover-pairs',
      rule: 'borrow-repay-cycling',
      value: pairs.count,
      unit: 'count',
      windowDays: s.crossWindowDays,
      threshold: pairThreshold,
      level: countLevel(pairs.count, pairThreshold, pairs.fires),
      fires: pairs.fires,
      ...(pairProjection ? { projection: pairProjection } : {}),
    },
  ];
}

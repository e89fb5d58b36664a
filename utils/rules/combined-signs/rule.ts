// combined-signs (candidate, heuristics.md "Signs together"): lenders score many weak signals at
// once, so a person can slide toward a cut with two signs each below its own threshold. A warning
// when, within 30 days, two or more *different* signs of the table each stand at ≥ ⅔ of their
// warning threshold for the same person, and none of those rules already warns.
//
// Where heuristics.md is silent:
// - A sign is one of the graded rules run with its warning thresholds at ⅔ (counts rounded up,
//   shares and spans scaled; the person's own thresholds, not the defaults): limit-drop,
//   frequent-applications, many-lenders, high-utilization, borrow-repay-cycling, rate-increase,
//   sudden-drawdown. The all-or-nothing rules (limit-zeroed, status-worsened, increase-closed) have
//   no "⅔ of the way" and warn on their own; reminders are not signs.
// - "Within 30 days": a sign about a state (utilisation, lenders owed, inquiries or loops counted
//   in their own windows, a drawn-down line) stands while the state holds; a sign about a change
//   (a limit fall, a rate rise) counts when its latest step is within the 30 days.
// - "None of those rules already warns": a rule that already warns is not a weak sign; signs are
//   counted among the rules that do not. Whole picture: no account.
// - `at` is when the most recent of the counted signs began (when the signs came together).
import { borrowRepayCycling } from '../borrow-repay-cycling/rule';
import { frequentApplications } from '../frequent-applications/rule';
import { changeTime } from '../grouping';
import { highUtilization } from '../high-utilization/rule';
import { limitDrop } from '../limit-drop/rule';
import { manyLenders } from '../many-lenders/rule';
import { rateIncrease } from '../rate-increase/rule';
import { suddenDrawdown } from '../sudden-drawdown/rule';
import type { RuleSettings } from '../thresholds';
import type { Alert, HistoryView, Rule } from '../types';
import { DAY_MS } from '../types';
import { combinedSignsMeta, type CombinedSignsSettings } from './meta';

const SIGNS: readonly Rule[] = [
  limitDrop,
  frequentApplications,
  manyLenders,
  highUtilization,
  borrowRepayCycling,
  rateIncrease,
  suddenDrawdown,
];
/** Signs about a change: they count while their latest step is recent. */
const CHANGES = new Set<string>(['limit-drop', 'rate-increase']);

/** The person's warning thresholds brought to `f` of the way (critical ones left as they are). */
export function softened(s: RuleSettings, f: number): RuleSettings {
  // Rounded to hundredths first: ⅔ is stored as 0.6667, and 3 × 0.6667 must read as 2, not 3.
  const up = (n: number) => Math.max(1, Math.ceil(Math.round(n * f * 100) / 100));
  const fa = s['frequent-applications'];
  const ml = s['many-lenders'];
  const hu = s['high-utilization'];
  const bc = s['borrow-repay-cycling'];
  const sd = s['sudden-drawdown'];
  return {
    ...s,
    'limit-drop': { ...s['limit-drop'], minDrop: s['limit-drop'].minDrop * f },
    'frequent-applications': { ...fa, count: up(fa.count), longCount: up(fa.longCount) },
    'many-lenders': { ...ml, lenders: up(ml.lenders), institutions: up(ml.institutions), openedCount: up(ml.openedCount) },
    'high-utilization': {
      ...hu,
      aggregate: hu.aggregate * f,
      aggregateSpanDays: up(hu.aggregateSpanDays),
      single: hu.single * f,
      singleSpanDays: up(hu.singleSpanDays),
    },
    'borrow-repay-cycling': { ...bc, cycles: up(bc.cycles), crossLender: up(bc.crossLender) },
    'rate-increase': { ...s['rate-increase'], minRise: s['rate-increase'].minRise * f },
    'sudden-drawdown': { ...sd, drawnShare: sd.drawnShare * f },
  };
}

export function settingsOf(settings: RuleSettings): CombinedSignsSettings {
  const own = (settings as unknown as Partial<Record<'combined-signs', CombinedSignsSettings>>)['combined-signs'];
  return own ?? combinedSignsMeta.defaults;
}

export const combinedSigns: Rule = {
  // The id is a registered id once adopted (its unit in registry.ts); as a candidate it is evaluated on its own.
  id: 'combined-signs' as Rule['id'],
  evaluate(history: HistoryView, settings: RuleSettings): Alert[] {
    const own = settingsOf(settings);
    const soft = softened(settings, own.fraction);
    const recent = history.now - own.windowDays * DAY_MS;
    const signs: Alert[] = [];
    for (const rule of SIGNS) {
      const warns = rule.evaluate(history, settings).some((a) => a.severity !== 'info');
      if (warns) continue;
      // The strongest standing sign of this rule (one per rule: signs must be different).
      const sign = rule
        .evaluate(history, soft)
        .filter((a) => !CHANGES.has(a.rule) || changeTime(a) > recent)
        .sort((a, b) => changeTime(b) - changeTime(a))[0];
      if (sign) signs.push(sign);
    }
    if (signs.length < own.signs) return [];
    const began = Math.max(...signs.map((a) => Date.parse(a.at)));
    return [
      {
        rule: 'combined-signs' as Alert['rule'],
        severity: 'warning',
        at: new Date(Math.min(began, history.now)).toISOString(),
        evidence: {
          signs: signs.map((a) => ({ rule: a.rule, accountId: a.accountId ?? null, at: a.at })),
          fraction: own.fraction,
          windowDays: own.windowDays,
          threshold: own.signs,
        },
        grade: signs.length,
      },
    ];
  },
};

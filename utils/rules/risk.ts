// One overall score 0–100 from the active alerts, and a level. The score is 100·(1 − Π(1 − wᵢ))
// over alerts weighted by severity: adding an alert or raising its severity can only raise it.
// It is computed from the counts per severity so the input order cannot change the last bit.
//
// One change, one driver (heuristics.md): a single cut can satisfy several rules at once (a limit
// cut to 0 is a limit-drop, a limit-zeroed and often a status-worsened). For the score, alerts of
// one account that began within 7 days of each other count as one, at the highest severity among
// them (each at the moment of its latest step, as the lines of grouping.ts). Counted so that the score stays monotonic: per account and per severity s, the fewest
// 7-day spans covering the alerts of severity ≥ s (greedy from the earliest, which is optimal and
// can only grow when an alert is added); the critical spans count as critical, the further spans
// with a warning as warnings, and so on.
import { changeTime, SAME_CHANGE_DAYS } from './grouping';
import { DAY_MS, SEVERITIES, severityRank, type Alert, type RuleId, type Severity } from './types';

const SAME_CHANGE_MS = SAME_CHANGE_DAYS * DAY_MS;

/** Fewest spans of `SAME_CHANGE_MS` that cover these instants. */
function spansCovering(times: number[]): number {
  times.sort((a, b) => a - b);
  let n = 0;
  let end = -Infinity;
  for (const t of times) {
    if (t <= end) continue;
    n++;
    end = t + SAME_CHANGE_MS;
  }
  return n;
}

type Scored = Pick<Alert, 'rule' | 'severity'> & Partial<Pick<Alert, 'accountId' | 'at' | 'evidence'>>;

/** Alerts counted per severity, one change of one account counting once. */
function countDrivers(alerts: readonly Scored[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 };
  const byAccount = new Map<string, Scored[]>();
  for (const a of alerts) {
    const t = a.at === undefined ? NaN : changeTime({ ...a, at: a.at });
    if (a.accountId === undefined || Number.isNaN(t)) {
      counts[a.severity]++;
      continue;
    }
    const list = byAccount.get(a.accountId);
    if (list) list.push(a);
    else byAccount.set(a.accountId, [a]);
  }
  for (const list of byAccount.values()) {
    let above = 0; // spans counted for the more severe levels
    for (let r = SEVERITIES.length - 1; r >= 0; r--) {
      const n = spansCovering(list.filter((a) => severityRank(a.severity) >= r).map((a) => changeTime({ ...a, at: a.at! })));
      counts[SEVERITIES[r]!] += n - above;
      above = n;
    }
  }
  return counts;
}

export const RISK_LEVELS = ['low', 'elevated', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface Risk {
  score: number;
  level: RiskLevel;
  /** Rules behind the score, the most severe first (reminders are not among them). */
  drivers: RuleId[];
}

// Reminders (`info`) weigh nothing: eight stale accounts are eight things to look at, not a risk
// (heuristics.md, "Risk level"), and they are not among the drivers either.
const WEIGHT: Record<Severity, number> = { info: 0, warning: 0.22, critical: 0.5 };
/** Lowest score of each level above `low`. */
const LEVEL_FROM: Record<Exclude<RiskLevel, 'low'>, number> = { elevated: 15, high: 40, critical: 65 };

export function riskOf(alerts: readonly Scored[]): Risk {
  const counts = countDrivers(alerts);
  const worst = new Map<RuleId, { rank: number; count: number }>();
  for (const a of alerts) {
    if (a.severity === 'info') continue;
    const w = worst.get(a.rule) ?? { rank: -1, count: 0 };
    worst.set(a.rule, { rank: Math.max(w.rank, severityRank(a.severity)), count: w.count + 1 });
  }
  let calm = 1;
  for (const s of SEVERITIES) calm *= Math.pow(1 - WEIGHT[s], counts[s]);
  const score = Math.round(100 * (1 - calm));
  let level: RiskLevel =
    score >= LEVEL_FROM.critical ? 'critical' : score >= LEVEL_FROM.high ? 'high' : score >= LEVEL_FROM.elevated ? 'elevated' : 'low';
  // Any active critical alert means at least `high`, whatever the arithmetic says.
  if (counts.critical > 0 && (level === 'low' || level === 'elevated')) level = 'high';
  const drivers = [...worst.entries()]
    .sort(([ra, a], [rb, b]) => b.rank - a.rank || b.count - a.count || (ra < rb ? -1 : ra > rb ? 1 : 0))
    .map(([rule]) => rule);
  return { score, level, drivers };
}

/** The risk of a history with no alerts. */
export const NO_RISK: Risk = Object.freeze({ score: 0, level: 'low', drivers: [] as RuleId[] }) as Risk;

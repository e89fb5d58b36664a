// One overall score 0–100 from the active alerts, and a level. The score is 100·(1 − Π(1 − wᵢ))
// over alerts weighted by severity: adding an alert or raising its severity can only raise it.
// It is computed from the counts per severity so the input order cannot change the last bit.
import { SEVERITIES, severityRank, type Alert, type RuleId, type Severity } from './types';

export const RISK_LEVELS = ['low', 'elevated', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface Risk {
  score: number;
  level: RiskLevel;
  /** Rules behind the score, the most severe first. */
  drivers: RuleId[];
}

const WEIGHT: Record<Severity, number> = { info: 0.04, warning: 0.22, critical: 0.5 };
/** Lowest score of each level above `low`. */
const LEVEL_FROM: Record<Exclude<RiskLevel, 'low'>, number> = { elevated: 15, high: 40, critical: 65 };

export function riskOf(alerts: readonly Pick<Alert, 'rule' | 'severity'>[]): Risk {
  const counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 };
  const worst = new Map<RuleId, { rank: number; count: number }>();
  for (const a of alerts) {
    counts[a.severity]++;
    const w = worst.get(a.rule) ?? { rank: -1, count: 0 };
    worst.set(a.rule, { rank: Math.max(w.rank, severityRank(a.severity)), count: w.count + 1 });
  }
  let calm = 1;
  for (const s of SEVERITIES) calm *= Math.pow(1 - WEIGHT[s], counts[s]);
  const score = Math.round(100 * (1 - calm));
  let level: RiskLevel = score >= LEVEL_FROM.critical ? 'critical' : score >= LEVEL_FROM.high ? 'high' : score >= LEVEL_FROM.elevated ? 'elevated' : 'low';
  // Any active critical alert means at least `high`, whatever the arithmetic says.
  if (counts.critical > 0 && (level === 'low' || level === 'elevated')) level = 'high';
  const drivers = [...worst.entries()]
    .sort(([ra, a], [rb, b]) => b.rank - a.rank || b.count - a.count || (ra < rb ? -1 : ra > rb ? 1 : 0))
    .map(([rule]) => rule);
  return { score, level, drivers };
}

/** The risk of a history with no alerts. */
export const NO_RISK: Risk = Object.freeze({ score: 0, level: 'low', drivers: [] as RuleId[] }) as Risk;

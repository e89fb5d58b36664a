// The list of rules: each rule's unit (utils/rules/<id>/index.ts, holding its meta, evaluation,
// words and advice), in the order of heuristics.md. This is the one list the code keeps: the ids,
// the threshold types and defaults, the rule names and the options form (catalog.ts), the words,
// advice and evaluation order all derive from it.
// Adding a rule: its folder utils/rules/<id>/ (meta.ts, rule.ts, texts.ts, index.ts) and its line
// here (the import and the entry). Candidates under study (scripts/evaluate/candidates.ts) stay out.
import { borrowRepayCyclingUnit } from './borrow-repay-cycling';
import { frequentApplicationsUnit } from './frequent-applications';
import { highUtilizationUnit } from './high-utilization';
import { increaseClosedUnit } from './increase-closed';
import { limitDropUnit } from './limit-drop';
import { limitZeroedUnit } from './limit-zeroed';
import { manyLendersUnit } from './many-lenders';
import { rateIncreaseUnit } from './rate-increase';
import { staleAccountUnit } from './stale-account';
import { statusWorsenedUnit } from './status-worsened';
import { suddenDrawdownUnit } from './sudden-drawdown';
import type { HistoryView, RuleAlert } from './shapes';
import type { RuleUnit } from './unit';

export const RULE_UNITS = [
  limitDropUnit,
  limitZeroedUnit,
  statusWorsenedUnit,
  increaseClosedUnit,
  frequentApplicationsUnit,
  manyLendersUnit,
  highUtilizationUnit,
  borrowRepayCyclingUnit,
  rateIncreaseUnit,
  suddenDrawdownUnit,
  staleAccountUnit,
] as const;

type Unit = (typeof RULE_UNITS)[number];

/** The id of a registered rule (heuristics.md's ids, a contract). */
export type RuleId = Unit['id'];

/** Every rule's thresholds, keyed by rule id. */
export type RuleSettings = { [K in RuleId]: Extract<Unit['meta'], { id: K }>['defaults'] };

/** A registered rule as the engine runs it: every rule's settings in, alerts of registered ids out. */
export interface RegisteredRule extends Omit<RuleUnit, 'id' | 'evaluate'> {
  id: RuleId;
  evaluate(history: HistoryView, settings: RuleSettings): RuleAlert<RuleId>[];
}

/** In heuristics.md's order. */
export const RULES: readonly RegisteredRule[] = RULE_UNITS;

const BY_ID = new Map<string, RegisteredRule>(RULES.map((u) => [u.id, u]));

export function unitOf(id: RuleId): RegisteredRule {
  const unit = BY_ID.get(id);
  if (!unit) throw new Error(`no rule ${id}`);
  return unit;
}

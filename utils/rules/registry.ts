// Every rule's code, in the order of the catalog (catalog.ts, which holds their descriptions). The
// words, advice and evaluation order all derive from this list; `satisfies` makes a rule missing
// here, or listed twice, a compile error.
import { borrowRepayCyclingUnit } from './borrow-repay-cycling';
import { RULE_IDS, type RuleId } from './catalog';
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
import type { RuleUnit } from './unit';

const UNITS = {
  'limit-drop': limitDropUnit,
  'limit-zeroed': limitZeroedUnit,
  'status-worsened': statusWorsenedUnit,
  'increase-closed': increaseClosedUnit,
  'frequent-applications': frequentApplicationsUnit,
  'many-lenders': manyLendersUnit,
  'high-utilization': highUtilizationUnit,
  'borrow-repay-cycling': borrowRepayCyclingUnit,
  'rate-increase': rateIncreaseUnit,
  'sudden-drawdown': suddenDrawdownUnit,
  'stale-account': staleAccountUnit,
} satisfies Record<RuleId, RuleUnit>;

/** In the catalog's order (heuristics.md's). */
export const RULES: readonly RuleUnit[] = RULE_IDS.map((id) => UNITS[id]);

export const unitOf = (id: RuleId): RuleUnit => UNITS[id];

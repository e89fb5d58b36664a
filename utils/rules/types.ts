// The shapes of the rules engine as the rest of the extension sees them: alerts and rules of the
// registered ids. Rule ids are a contract (heuristics.md): the popup, notifications, `assess` and
// tests use them. A rule's own code uses shapes.ts instead (this file depends on the list of rules).
import type { RuleSettings } from './thresholds';
import type { RuleAlert, HistoryView } from './shapes';

export {
  DAY_MS,
  SEVERITIES,
  severityRank,
  type AccountTimeline,
  type Evidence,
  type EvidenceValue,
  type HistoryView,
  type RuleAlert,
  type Severity,
  type TimedEvent,
  type TimedObservation,
} from './shapes';

// The ids come from the list of rules (registry.ts, through catalog.ts), in heuristics.md's order.
export { RULE_IDS, type RuleId } from './catalog';
import type { RuleId } from './catalog';

/** An alert of any registered rule. */
export type Alert = RuleAlert<RuleId>;

/** A rule as the engine and the evaluation scripts run it: all settings in, alerts out. */
export interface Rule {
  id: RuleId;
  evaluate(history: HistoryView, settings: RuleSettings): Alert[];
}

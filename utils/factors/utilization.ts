// Overall utilisation, computed as high-utilization computes its aggregate (aggregateUtilization):
// the level reads the ratio against the threshold, `fires` also needs the rule's held span.
import { aggregateUtilization } from '../rules/high-utilization/rule';
import type { RuleSettings } from '../rules/thresholds';
import type { HistoryView } from '../rules/types';
import { shareLevel } from './level';
import type { Factor } from './types';

export function utilizationFactor(history: HistoryView, settings: RuleSettings): Factor {
  const s = settings['high-utilization'];
  const a = aggregateUtilization(history, s);
  const threshold = Math.min(s.aggregate, s.criticalAggregate);
  return {
    id: 'utilization',
    rule: 'high-utilization',
    value: a.ratio,
    unit: 'share',
    threshold,
    level: shareLevel(a.ratio, threshold),
    fires: (a.criticalFrom ?? a.warningFrom) !== undefined,
    spanDays: s.aggregateSpanDays,
  };
}

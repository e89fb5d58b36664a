// The factors behind the alerts, as of `now` (the history view's), with the person's thresholds:
// the same counting code as the rules, so a factor and its rule never disagree.
import { horizonDays, type RuleSettings } from '../rules/thresholds';
import type { HistoryView } from '../rules/types';
import { cyclingFactors } from './cycling';
import { inquiryFactors, SIX_MONTHS_DAYS } from './inquiries';
import { lenderFactors } from './lenders';
import { FACTOR_IDS, type Factor, type FactorReport } from './types';
import { utilizationFactor } from './utilization';

export type { Factor, FactorDrop, FactorId, FactorLevel, FactorProjection, FactorReport } from './types';
export { FACTOR_IDS } from './types';

export function buildFactorReport(history: HistoryView, settings: RuleSettings): FactorReport {
  const all = [
    ...inquiryFactors(history, settings),
    ...lenderFactors(history, settings),
    utilizationFactor(history, settings),
    ...cyclingFactors(history, settings),
  ];
  const factors: Factor[] = [...all].sort((a, b) => FACTOR_IDS.indexOf(a.id) - FACTOR_IDS.indexOf(b.id));
  return { now: new Date(history.now).toISOString(), factors };
}

/** How far back the factors look: the rules' horizon, or the 6-month count's window when longer. */
export const factorHorizonDays = (settings: RuleSettings): number => Math.max(horizonDays(settings), SIX_MONTHS_DAYS + 1);

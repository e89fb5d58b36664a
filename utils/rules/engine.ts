// Runs every rule on one view of the history and returns the alerts in a fixed order, so the same
// history and `now` always give the same output whatever the input order.
import { buildHistoryView, type HistoryInput } from './history-view';
import { RULES } from './registry';
import { DEFAULT_RULE_SETTINGS, horizonDays, type RuleSettings } from './thresholds';
import { severityRank, type Alert } from './types';

export function evaluateView(view: ReturnType<typeof buildHistoryView>, settings: RuleSettings = DEFAULT_RULE_SETTINGS): Alert[] {
  const alerts: Alert[] = [];
  for (const rule of RULES) {
    for (const alert of rule.evaluate(view, settings)) alerts.push(alert);
  }
  return alerts.sort(compareAlerts);
}

export function evaluateHistory(history: HistoryInput, now: Date | number, settings: RuleSettings = DEFAULT_RULE_SETTINGS): Alert[] {
  return evaluateView(buildHistoryView(history, now, horizonDays(settings)), settings);
}

/** Most severe first; then the most recent; then by rule and account for a total order. */
export function compareAlerts(a: Alert, b: Alert): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    ((a.accountId ?? '') < (b.accountId ?? '') ? -1 : (a.accountId ?? '') > (b.accountId ?? '') ? 1 : 0)
  );
}

/** The key under which an alert is stored: one alert per rule and account. */
export const alertKey = (a: Pick<Alert, 'rule' | 'accountId'>): string => `${a.rule}|${a.accountId ?? ''}`;

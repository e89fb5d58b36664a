// One change, one line (heuristics.md, "One change, one driver, one line"): a single cut satisfies
// several rules at once (额度下降, 额度归零, 状态受限 from one cut of 白条). Alerts of one account that
// began within 7 days of each other are one change; a person sees it as one line titled by the
// most severe alert, the others folded beneath it with their own evidence. Each alert keeps its own
// id, state and evidence: this only decides how they are shown and counted (popup, dashboard,
// badge, notifications). Pure and generic, so it groups the engine's alerts, the stored records and
// the `assess` reports alike.
//
// Where heuristics.md is silent:
// - An alert's moment here is when its latest step happened, else when it began: a limit that fell
//   in September and again to 0 in October is a limit-drop that began in September, but its last
//   fall is October's cut, together with the 额度归零 and 状态受限 that cut raised (`lastFallAt` of
//   limit-drop, `changedAt` of rate-increase).
// - Reminders (`info`) are not changes: each stays a line of its own and never folds into a cut.
// - "Within 7 days of each other" is a span: a change starts at its earliest alert and takes the
//   account's alerts that began within the 7 days after it (greedy from the earliest, as the risk
//   score counts drivers); an alert beyond that starts the next change.
// - The lead is the most severe alert; among equals, the rule listed first in heuristics.md's table
//   (a cut to 0 reads "额度下降 · also: 额度归零 · 状态受限"), then the most recent.
import { RULE_IDS } from './catalog';
import { DAY_MS, severityRank, type Alert, type Severity } from './types';

export const SAME_CHANGE_DAYS = 7;

export type Groupable = Pick<Alert, 'rule' | 'severity' | 'at'> & { accountId?: string; evidence?: Alert['evidence'] };

/** Evidence keys naming the moment of an alert's latest step (a rule whose condition can deepen in steps). */
const LATEST_STEP = ['lastFallAt', 'changedAt'] as const;

/** The moment of the change an alert speaks for, in ms: its latest step, else when it began (NaN: unreadable). */
export function changeTime(a: Groupable): number {
  const begun = Date.parse(a.at);
  for (const key of LATEST_STEP) {
    const v = a.evidence?.[key];
    const t = typeof v === 'string' ? Date.parse(v) : NaN;
    if (t >= begun) return t;
  }
  return begun;
}

export interface AlertGroup<A extends Groupable> {
  /** The lead's `rule|accountId` (the stored id of the alert that titles the line). */
  key: string;
  /** The alert that titles the line: the most severe of the change. */
  lead: A;
  /** The others of the same change, in the same order (most severe first). */
  folded: A[];
  /** Lead first, then the folded ones. */
  alerts: A[];
  /** The lead's severity: the highest in the change. */
  severity: Severity;
  accountId?: string;
}

const ruleOrder = (rule: string): number => {
  const i = (RULE_IDS as readonly string[]).indexOf(rule);
  return i < 0 ? RULE_IDS.length : i;
};

/** Within a change: most severe first, then heuristics.md's order of rules, then the most recent. */
function leadFirst(a: Groupable, b: Groupable): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) || ruleOrder(a.rule) - ruleOrder(b.rule) || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)
  );
}

/** Between lines: most severe first, then the most recent, then by rule and account (a total order). */
function lineOrder(a: Groupable, b: Groupable): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) ||
    ruleOrder(a.rule) - ruleOrder(b.rule) ||
    ((a.accountId ?? '') < (b.accountId ?? '') ? -1 : (a.accountId ?? '') > (b.accountId ?? '') ? 1 : 0)
  );
}

function groupOf<A extends Groupable>(members: A[]): AlertGroup<A> {
  const alerts = [...members].sort(leadFirst);
  const lead = alerts[0]!;
  return {
    key: `${lead.rule}|${lead.accountId ?? ''}`,
    lead,
    folded: alerts.slice(1),
    alerts,
    severity: lead.severity,
    ...(lead.accountId !== undefined ? { accountId: lead.accountId } : {}),
  };
}

/** The alerts as the lines a person sees, most severe first. Every alert is in exactly one group. */
export function groupAlerts<A extends Groupable>(alerts: readonly A[]): AlertGroup<A>[] {
  const groups: AlertGroup<A>[] = [];
  const byAccount = new Map<string, { a: A; t: number }[]>();
  for (const a of alerts) {
    const t = changeTime(a);
    if (a.accountId === undefined || a.severity === 'info' || Number.isNaN(t)) {
      groups.push(groupOf([a]));
      continue;
    }
    const list = byAccount.get(a.accountId);
    if (list) list.push({ a, t });
    else byAccount.set(a.accountId, [{ a, t }]);
  }
  for (const list of byAccount.values()) {
    list.sort((x, y) => x.t - y.t);
    let members: A[] = [];
    let end = -Infinity;
    for (const { a, t } of list) {
      if (t > end && members.length) {
        groups.push(groupOf(members));
        members = [];
      }
      if (!members.length) end = t + SAME_CHANGE_DAYS * DAY_MS;
      members.push(a);
    }
    if (members.length) groups.push(groupOf(members));
  }
  return groups.sort((x, y) => lineOrder(x.lead, y.lead));
}

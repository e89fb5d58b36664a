// The shapes every early-warning rule shares. Rules are pure: (history view, settings) → alerts.
// Rule ids are a contract (heuristics.md): the popup, notifications, `assess` and tests use them.
import type { Account, HistoryEvent, Observation } from '../model/types';
import type { RuleSettings } from './thresholds';

// The ids come from the catalog of rules (catalog.ts), in heuristics.md's order.
export { RULE_IDS, type RuleId } from './catalog';
import type { RuleId } from './catalog';

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Evidence values are plain data so they survive JSON, storage and the `assess` output. */
export type EvidenceValue = string | number | boolean | null | EvidenceValue[] | { [key: string]: EvidenceValue };
export type Evidence = Record<string, EvidenceValue>;

export interface Alert {
  rule: RuleId;
  severity: Severity;
  /** The account the alert is about; absent for rules about the whole picture (inquiries, 多头). */
  accountId?: string;
  /** ISO time at which the condition first held (in its current run). */
  at: string;
  /** Values, dates and thresholds crossed. Rule-specific keys; the texts in `texts/` read them. */
  evidence: Evidence;
  /**
   * How bad, within one severity, on the rule's own scale (a bigger fall, more inquiries …).
   * A dismissed alert speaks again when its severity or its grade rises.
   */
  grade: number;
}

/** One observation with its instants parsed once (ms since epoch). */
export interface TimedObservation extends Observation {
  t: number;
  /** lastSeenAt (else at) as ms. */
  seen: number;
}

export interface TimedEvent extends HistoryEvent {
  t: number;
}

export interface AccountTimeline {
  account: Account;
  /** At or before `now`, oldest first, exact duplicates removed. */
  observations: TimedObservation[];
}

/** A history as of `now`: everything after `now` is already gone, everything sorted. */
export interface HistoryView {
  now: number;
  accounts: AccountTimeline[];
  /** At or before `now`, oldest first, exact duplicates removed. */
  events: TimedEvent[];
  accountById: ReadonlyMap<string, AccountTimeline>;
}

export interface Rule {
  id: RuleId;
  evaluate(history: HistoryView, settings: RuleSettings): Alert[];
}

export const DAY_MS = 86_400_000;

// The shapes a rule's own code works with, none of which depends on the list of rules: a rule
// folder (utils/rules/<id>/) imports these, never types.ts, catalog.ts or thresholds.ts, so that
// registry.ts can list the folders and the ids and settings types derive from that list without an
// import cycle. Rules are pure: (history view, settings) → alerts.
import type { Account, HistoryEvent, Observation } from '../model/types';
import type { RuleMeta } from './meta';

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Evidence values are plain data so they survive JSON, storage and the `assess` output. */
export type EvidenceValue = string | number | boolean | null | EvidenceValue[] | { [key: string]: EvidenceValue };
export type Evidence = Record<string, EvidenceValue>;

/** An alert of the rule `Id` (types.ts's `Alert` is the one of any registered rule). */
export interface RuleAlert<Id extends string = string> {
  rule: Id;
  severity: Severity;
  /** The account the alert is about; absent for rules about the whole picture (inquiries, 多头). */
  accountId?: string;
  /** ISO time at which the condition first held (in its current run). */
  at: string;
  /** Values, dates and thresholds crossed. Rule-specific keys; the rule's texts.ts reads them. */
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

/** The settings a rule reads: its own thresholds under its id (every rule's settings object fits). */
export type SettingsFor<M extends RuleMeta> = { readonly [K in M['id']]: M['defaults'] } & { readonly [key: string]: unknown };

/** A rule's evaluation, typed by its meta: it reads its own thresholds and emits alerts of its own id. */
export interface RuleCode<M extends RuleMeta = RuleMeta> {
  id: M['id'];
  evaluate(history: HistoryView, settings: SettingsFor<M>): RuleAlert<M['id']>[];
}

export const DAY_MS = 86_400_000;

// What the dashboard shows about the drivers of the alerts: each factor's value today, the line
// the rule feeding it uses (the person's thresholds), whether that rule fires for it, and for counts
// in a time window, when the count falls as entries age out of the window.
import type { RuleId } from '../rules/types';

export const FACTOR_IDS = [
  'inquiries-1m',
  'inquiries-3m',
  'inquiries-6m',
  'cash-lenders',
  'institutions',
  'utilization',
  'cycles',
  'rollover-pairs',
  'accounts-opened',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

/** ok: under the line; near: one short of it (counts) or above the rewarded 30 % (utilisation); over: at or past it. */
export type FactorLevel = 'ok' | 'near' | 'over';

export interface FactorDrop {
  /** ISO instant at which the value falls (an entry leaves the window). */
  at: string;
  /** The value from that instant on, if nothing new happens. */
  value: number;
}

export interface FactorProjection {
  /** The next falls, soonest first (at most a few). */
  drops: FactorDrop[];
  /** When the factor is back under its line, if it is over now and nothing new happens. */
  withinAt?: string;
}

export interface Factor {
  id: FactorId;
  /** The rule (alert) this factor feeds. */
  rule: RuleId;
  /** A count, or a share 0..1 for `utilization`. */
  value: number;
  unit: 'count' | 'share';
  /** The window the count is taken over, in days (windowed counts only). */
  windowDays?: number;
  /** The rule's threshold with the person's settings: at or above it the factor is over. None for the 6-month count. */
  threshold?: number;
  /** Absent when the factor has no line (the 6-month count is shown for context). */
  level?: FactorLevel;
  /** Whether the rule fires for this reason now (utilisation must also have held `spanDays`). */
  fires: boolean;
  /** utilization: how many days the aggregate must hold before the rule fires. */
  spanDays?: number;
  /** Windowed counts with something in the window. */
  projection?: FactorProjection;
}

export interface FactorReport {
  /** The `now` the factors were computed for (ISO). */
  now: string;
  factors: Factor[];
}

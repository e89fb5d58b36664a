// An alert as the background stores it and the popup shows it: the engine's alert plus its state,
// its words in both languages (so the popup carries no wording code) and the account's limit
// history for the sparkline (so the popup never reads observations).
import type { Lang } from '../i18n/lang';
import type { Alert, Severity } from '../rules/types';

export const ALERT_STATES = ['new', 'seen', 'dismissed'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export interface AlertWordsSet {
  title: string;
  detail: string;
  advice: string[];
}

export interface LimitPoint {
  at: string;
  value: number;
}

export interface LimitSeries {
  metric: 'totalLimit' | 'availableLimit';
  points: LimitPoint[];
}

export interface AlertRecord extends Alert {
  /** `rule|accountId`: one stored alert per rule and account. */
  id: string;
  state: AlertState;
  /** When this alert was first stored (the engine's `at` is when its condition first held). */
  raisedAt: string;
  updatedAt: string;
  /** Severity and grade when the person dismissed it: it stays quiet until it is worse than this. */
  dismissed?: { severity: Severity; grade: number };
  text: Record<Lang, AlertWordsSet>;
  series?: LimitSeries;
}

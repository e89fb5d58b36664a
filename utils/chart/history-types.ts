// What the dashboard's chart of one account gets from the background (message `ui:account-history`):
// a bounded number of points (downsample.ts), the moments its status or its 提额 entry changed, and
// the lender's events in the range. Times are milliseconds since the epoch, as the chart wants them.
import type { EventKind, Outcome, Status } from '../model/types';

/** Columnar, as uPlot takes its data: `t[i]` is the time of `total[i]`, `available[i]`, `used[i]`. */
export interface HistoryPoints {
  t: number[];
  total: (number | null)[];
  available: (number | null)[];
  used: (number | null)[];
}

export type HistoryMark =
  | { at: number; kind: 'status'; status: Status; statusText?: string; total?: number }
  | { at: number; kind: 'increase'; available: boolean; total?: number };

export interface HistoryEventMark {
  at: number;
  kind: EventKind;
  amount?: number;
  lender?: string;
  outcome?: Outcome;
  full?: boolean;
  /** Over all time, events of one kind are drawn once per EVENT_DOT columns: how many this mark
   *  stands for (absent: one), `amount` is then their sum, `at` the first one's instant. */
  count?: number;
}

export interface AccountHistory {
  accountId: string;
  /** The range asked for, clipped to the rows stored (ms). */
  from: number;
  to: number;
  points: HistoryPoints;
  /** Status and 提额 changes in the range, oldest first (at most MAX_MARKS). */
  marks: HistoryMark[];
  /** This account's and its lender's events in the range, oldest first (at most MAX_MARKS). */
  events: HistoryEventMark[];
  /** Observation rows stored in the range (the points are a bounded selection of them). */
  rowCount: number;
  /** Marks or events left out over MAX_MARKS. */
  truncated: boolean;
}

/** One page of an account's raw rows for the table, newest first. */
export interface ObservationPage<Row> {
  rows: Row[];
  /** Pass as `before` for the next (older) page; absent on the last page. */
  next?: string;
  /** Every row the account has (unknown on an account stored before summaries were kept). */
  total?: number;
}

/** Where the next page of the timeline starts: the last event shown (its time and content key). */
export interface TimelineCursor {
  at: string;
  key: string;
}

export const MAX_MARKS = 2000;
/** An event mark's size on the chart, in pixels (columns): over all time, events of one kind closer
 *  than this are drawn as one mark, which dots that would cover one another show no less. */
export const EVENT_DOT = 8;
export const MAX_COLUMNS = 4000;

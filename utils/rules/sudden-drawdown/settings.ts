// sudden-drawdown's thresholds, with the defaults of heuristics.md.

export interface DrawdownSettings {
  /** A quiet line: every view at or under this share used. */
  quietShare: number;
  /** Drawn: at or above this share used. */
  drawnShare: number;
  /** How far back the quiet views are read. */
  windowDays: number;
  /** The quiet views must span this many days. */
  quietSpanDays: number;
  /** From the last quiet view to the drawn one. */
  withinDays: number;
}

export const DRAWDOWN_DEFAULTS: DrawdownSettings = { quietShare: 0.2, drawnShare: 0.7, windowDays: 60, quietSpanDays: 30, withinDays: 14 };

// The figures `npm run evaluate` prints (cli.md): recall 7 and 30 days before a cut, false alarms in
// healthy lives, the median lead time and the false alarms per rule, over the simulated population
// and the scenario corpus. Pure: lives and corpus in, figures out.
import { buildHistoryView, type HistoryInput } from '../../utils/rules/history-view';
import { evaluateView } from '../../utils/rules/engine';
import { DEFAULT_RULE_SETTINGS, horizonDays, type RuleSettings } from '../../utils/rules/thresholds';
import type { Alert, HistoryView } from '../../utils/rules/types';
import type { SimulatedLife } from './population';

const DAY = 86_400_000;
/** Moments a healthy life is looked at: every 45 days from its first month. */
const HEALTHY_MOMENTS = [30, 75, 120, 165, 210, 255, 300, 345];
const MAX_LEAD_DAYS = 180;

export interface CorpusScenario {
  name: string;
  history: HistoryInput;
  healthy: boolean;
  /** Moments a healthy scenario must be quiet at. */
  quietAt: number[];
  /** Cuts with the moment 7 days before each. */
  cuts: { accountId: string; at: number }[];
}

export interface Tally {
  hits: number;
  of: number;
}

export interface Figures {
  lives: number;
  cutLives: number;
  healthyLives: number;
  /** Lives with a cause that no lender has cut (yet): neither recall nor false alarms. */
  atRiskLives: number;
  recall7: Tally;
  recall30: Tally;
  moments: number;
  loud: number;
  critical: number;
  leads: number[];
  perRule: Map<string, number>;
  corpusRecall7: Tally;
  corpusMoments: number;
  corpusLoud: number;
  corpusCritical: number;
}

/** The rules to measure: the engine by default; `npm run evaluate -- --with/--without` changes the set. */
export type Evaluator = (view: HistoryView, settings: RuleSettings) => Alert[];

const alertsAt = (history: HistoryInput, t: number, settings: RuleSettings, engine: Evaluator): Alert[] =>
  engine(buildHistoryView(history, t, horizonDays(settings)), settings).filter((a) => a.severity !== 'info');

/**
 * A warning or critical alert stands (heuristics.md, "What good means"). Any account's: the causes
 * lenders react to (cycling on one line, a repricing by another lender) are the person's, not the
 * cut line's alone.
 */
const warns = (alerts: Alert[], _accountId: string) => alerts.length > 0;

export function measure(
  lives: readonly SimulatedLife[],
  corpus: readonly CorpusScenario[],
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
  evaluator: Evaluator = evaluateView,
): Figures {
  const f: Figures = {
    lives: lives.length,
    cutLives: 0,
    healthyLives: 0,
    atRiskLives: 0,
    recall7: { hits: 0, of: 0 },
    recall30: { hits: 0, of: 0 },
    moments: 0,
    loud: 0,
    critical: 0,
    leads: [],
    perRule: new Map(),
    corpusRecall7: { hits: 0, of: 0 },
    corpusMoments: 0,
    corpusLoud: 0,
    corpusCritical: 0,
  };
  const quietMoment = (alerts: Alert[], corpusOnly: boolean) => {
    for (const rule of new Set(alerts.map((a) => a.rule))) f.perRule.set(rule, (f.perRule.get(rule) ?? 0) + 1);
    if (corpusOnly) {
      f.corpusMoments++;
      if (alerts.length) f.corpusLoud++;
      if (alerts.some((a) => a.severity === 'critical')) f.corpusCritical++;
      return;
    }
    f.moments++;
    if (alerts.length) f.loud++;
    if (alerts.some((a) => a.severity === 'critical')) f.critical++;
  };

  for (const life of lives) {
    const cut = life.cut;
    if (!cut && !life.healthy) {
      f.atRiskLives++;
      continue;
    }
    if (!cut) {
      f.healthyLives++;
      for (const d of HEALTHY_MOMENTS) {
        const t = life.start + d * DAY + 12 * 3_600_000;
        quietMoment(alertsAt(life.asOf(t), t, settings, evaluator), false);
      }
      continue;
    }
    f.cutLives++;
    for (const [days, tally] of [
      [7, f.recall7],
      [30, f.recall30],
    ] as const) {
      const t = cut.t - days * DAY;
      if (!(life.symptomAt <= t) || t < life.start) continue;
      tally.of++;
      if (warns(alertsAt(life.asOf(t), t, settings, evaluator), cut.accountId)) tally.hits++;
    }
    if (life.symptomAt <= cut.t - 7 * DAY) f.leads.push(leadDays(life, cut.accountId, cut.t, settings, evaluator));
  }

  for (const s of corpus) {
    if (s.healthy) for (const t of s.quietAt) quietMoment(alertsAt(s.history, t, settings, evaluator), true);
    for (const c of s.cuts) {
      f.corpusRecall7.of++;
      if (warns(alertsAt(s.history, c.at - 7 * DAY, settings, evaluator), c.accountId)) f.corpusRecall7.hits++;
    }
  }
  return f;
}

/** How many whole days before the cut a warning had stood without a break (looked at daily). */
function leadDays(life: SimulatedLife, accountId: string, cutT: number, settings: RuleSettings, evaluator: Evaluator): number {
  let days = 0;
  while (days < MAX_LEAD_DAYS) {
    const t = cutT - (days + 1) * DAY;
    if (t < life.start || !warns(alertsAt(life.asOf(t), t, settings, evaluator), accountId)) break;
    days++;
  }
  return days;
}

const fraction = (n: number, of: number) => (of > 0 ? (n / of).toFixed(3) : 'n/a');
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The four headline figures as fractions (NaN without cases), the population and the corpus combined. */
export function headline(
  f: Figures,
): Record<'recall.7d' | 'recall.30d' | 'false-alarm' | 'false-alarm.critical', { value: number; of: number }> {
  const r7 = { hits: f.recall7.hits + f.corpusRecall7.hits, of: f.recall7.of + f.corpusRecall7.of };
  const moments = f.moments + f.corpusMoments;
  const x = (n: number, of: number) => ({ value: of > 0 ? n / of : NaN, of });
  return {
    'recall.7d': x(r7.hits, r7.of),
    'recall.30d': x(f.recall30.hits, f.recall30.of),
    'false-alarm': x(f.loud + f.corpusLoud, moments),
    'false-alarm.critical': x(f.critical + f.corpusCritical, moments),
  };
}

/** `name: value unit` lines; the headline figures combine the population and the corpus. */
export function report(f: Figures, ruleIds: readonly string[]): string[] {
  const r7 = { hits: f.recall7.hits + f.corpusRecall7.hits, of: f.recall7.of + f.corpusRecall7.of };
  const moments = f.moments + f.corpusMoments;
  const lines = [
    `lives: ${f.lives} count`,
    `lives.cut: ${f.cutLives} count`,
    `lives.healthy: ${f.healthyLives} count`,
    `lives.at-risk-uncut: ${f.atRiskLives} count`,
    `recall.7d: ${fraction(r7.hits, r7.of)} fraction`,
    `recall.7d.cases: ${r7.of} count`,
    `recall.30d: ${fraction(f.recall30.hits, f.recall30.of)} fraction`,
    `recall.30d.cases: ${f.recall30.of} count`,
    `false-alarm: ${fraction(f.loud + f.corpusLoud, moments)} fraction`,
    `false-alarm.critical: ${fraction(f.critical + f.corpusCritical, moments)} fraction`,
    `false-alarm.moments: ${moments} count`,
    `lead-time.median: ${Number.isNaN(median(f.leads)) ? 'n/a' : median(f.leads)} days`,
    `population.recall.7d: ${fraction(f.recall7.hits, f.recall7.of)} fraction`,
    `population.false-alarm: ${fraction(f.loud, f.moments)} fraction`,
    `population.false-alarm.critical: ${fraction(f.critical, f.moments)} fraction`,
    `corpus.recall.7d: ${fraction(f.corpusRecall7.hits, f.corpusRecall7.of)} fraction`,
    `corpus.false-alarm: ${fraction(f.corpusLoud, f.corpusMoments)} fraction`,
  ];
  for (const id of ruleIds) lines.push(`false-alarm.rule.${id}: ${f.perRule.get(id) ?? 0} moments`);
  return lines;
}

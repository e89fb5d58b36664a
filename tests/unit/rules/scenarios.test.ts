// The scenario suite: whole lives of borrowers (tests/fixtures/histories/*.json, made by
// scripts/fixtures/histories.ts) against the expectations in expected.json, which were written from
// heuristics.md ("What good means"): lives that end in a cut or closure warn at least 7 days before
// it; healthy lives never show a warning or critical alert.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../utils/model/history-schema';
import type { HistoryFile } from '../../../utils/model/types';
import { evaluateHistory } from '../../../utils/rules/engine';
import { riskOf } from '../../../utils/rules/risk';
import { RULE_IDS, severityRank, type Alert, type RuleId, type Severity } from '../../../utils/rules/types';

const DIR = join(__dirname, '../../fixtures/histories');

interface Expectation {
  rule: RuleId;
  /** Absent: any account or none. */
  accountId?: string;
  minSeverity: Severity;
  maxSeverity?: Severity;
}

interface Scenario {
  title: string;
  healthy: boolean;
  now: string;
  mustFire: Expectation[];
  mustNotFire: { rule: RuleId; accountId?: string }[];
  before: { cut: RuleId; accountId: string; cutAt: string; at: string; precursors: Expectation[] }[];
  quietAt?: string[];
}

const manifest = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { version: number; scenarios: Record<string, Scenario> };
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'expected.json')
  .sort();

function load(file: string): HistoryFile {
  const parsed = parseHistory(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file} is not a valid history: ${parsed.path} — ${parsed.expected}`);
  return parsed.file;
}

const show = (alerts: Alert[]) => alerts.map((a) => `${a.rule}/${a.severity}${a.accountId ? `@${a.accountId}` : ''}`);

function satisfies(alerts: Alert[], e: Expectation): boolean {
  return alerts.some(
    (a) =>
      a.rule === e.rule &&
      (e.accountId === undefined || a.accountId === e.accountId) &&
      severityRank(a.severity) >= severityRank(e.minSeverity) &&
      (e.maxSeverity === undefined || severityRank(a.severity) <= severityRank(e.maxSeverity)),
  );
}

describe('history scenarios', () => {
  it('has at least 30 histories, each with an expectations entry, and no entry without a file', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(manifest.scenarios).sort()).toEqual(files);
  });

  it('names only known rules and severities in the expectations', () => {
    const severities: string[] = ['info', 'warning', 'critical'];
    for (const s of Object.values(manifest.scenarios)) {
      for (const e of [...s.mustFire, ...s.before.flatMap((b) => b.precursors)]) {
        expect(RULE_IDS).toContain(e.rule);
        expect(severities).toContain(e.minSeverity);
      }
      for (const e of s.mustNotFire) expect(RULE_IDS).toContain(e.rule);
    }
  });

  it('covers both healthy lives and lives that end in a cut or closure', () => {
    const all = Object.values(manifest.scenarios);
    expect(all.filter((s) => s.healthy).length).toBeGreaterThanOrEqual(10);
    expect(all.filter((s) => s.before.length > 0).length).toBeGreaterThanOrEqual(15);
  });

  describe.each(files)('%s', (file) => {
    const scenario = manifest.scenarios[file];

    it('is a valid history file', () => {
      expect(scenario, `no expectations for ${file}`).toBeDefined();
      expect(() => load(file)).not.toThrow();
    });

    if (!scenario) return;

    it(`as of ${scenario.now}: ${scenario.healthy ? 'no warning or critical alert' : 'the expected alerts'}`, () => {
      const history = load(file);
      const alerts = evaluateHistory(history, new Date(scenario.now));
      const got = show(alerts);
      for (const e of scenario.mustFire)
        expect(satisfies(alerts, e), `expected ${JSON.stringify(e)}; got ${JSON.stringify(got)}`).toBe(true);
      for (const e of scenario.mustNotFire) {
        const hits = alerts.filter((a) => a.rule === e.rule && (e.accountId === undefined || a.accountId === e.accountId));
        expect(show(hits), `${e.rule} must not fire`).toEqual([]);
      }
      if (scenario.healthy) {
        expect(show(alerts.filter((a) => a.severity !== 'info'))).toEqual([]);
        expect(riskOf(alerts).level).toBe('low');
      } else {
        expect(riskOf(alerts).level).not.toBe('low');
      }
    });

    if (scenario.healthy) {
      it('stays free of warnings at every month of its life', () => {
        const history = load(file);
        for (const at of scenario.quietAt ?? []) {
          const loud = alertsAt(history, at).filter((a) => a.severity !== 'info');
          expect(show(loud), `at ${at}`).toEqual([]);
        }
      });
    }

    for (const b of scenario.before) {
      it(`warns 7 days before the ${b.cut} of ${b.accountId} at ${b.cutAt}`, () => {
        const history = load(file);
        const alerts = alertsAt(history, b.at);
        const relevant = alerts.filter((a) => a.severity !== 'info' && (a.accountId === undefined || a.accountId === b.accountId));
        expect(relevant.length, `nothing warns at ${b.at}; got ${JSON.stringify(show(alerts))}`).toBeGreaterThan(0);
        for (const p of b.precursors) {
          expect(satisfies(alerts, p), `precursor ${JSON.stringify(p)} at ${b.at}; got ${JSON.stringify(show(alerts))}`).toBe(true);
        }
      });
    }
  });
});

function alertsAt(history: HistoryFile, at: string): Alert[] {
  return evaluateHistory(history, new Date(at));
}

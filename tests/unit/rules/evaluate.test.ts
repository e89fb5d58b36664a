// `npm run evaluate` on a small population: the output format of cli.md and sane figures (not the
// targets: a dozen lives cannot measure those).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/evaluate/corpus';
import { measure, report } from '../../../scripts/evaluate/measure';
import { population } from '../../../scripts/evaluate/population';
import { RULE_IDS } from '../../../utils/rules/types';

const LINE = /^([a-z0-9.-]+): (\d+(\.\d+)?|n\/a) (fraction|count|days|moments)$/;

describe('npm run evaluate', () => {
  const lives = population(24, 7);
  const corpus = loadCorpus(join(__dirname, '../../fixtures/histories')).slice(0, 6);
  const lines = report(measure(lives, corpus), RULE_IDS);
  const value = (name: string) => Number(lines.find((l) => l.startsWith(`${name}: `))!.split(' ')[1]);

  it('prints `name: value unit` lines with the figures cli.md names, and one per rule', () => {
    for (const line of lines) expect(line).toMatch(LINE);
    for (const name of [
      'recall.7d',
      'recall.30d',
      'false-alarm',
      'false-alarm.critical',
      'lead-time.median',
      ...RULE_IDS.map((id) => `false-alarm.rule.${id}`),
    ]) {
      expect(
        lines.some((l) => l.startsWith(`${name}: `)),
        name,
      ).toBe(true);
    }
  });

  it('gives fractions in [0, 1], counts that add up, and the same figures from the same seed', () => {
    for (const name of ['recall.7d', 'false-alarm', 'false-alarm.critical']) {
      expect(value(name)).toBeGreaterThanOrEqual(0);
      expect(value(name)).toBeLessThanOrEqual(1);
    }
    expect(value('false-alarm.critical')).toBeLessThanOrEqual(value('false-alarm'));
    expect(value('lives')).toBe(24);
    expect(value('lives.cut') + value('lives.healthy') + value('lives.at-risk-uncut')).toBe(24);
    expect(value('recall.7d.cases')).toBeGreaterThan(0);
    expect(report(measure(population(24, 7), corpus), RULE_IDS)).toEqual(lines);
    expect(report(measure(population(24, 8), corpus), RULE_IDS)).not.toEqual(lines);
  });

  it('simulates what heuristics.md asks for: cut and healthy lives, views on some weeks, late imports', () => {
    expect(lives.some((l) => l.cut) && lives.some((l) => !l.cut)).toBe(true);
    const life = lives[0]!;
    const early = life.asOf(life.start + 30 * 86_400_000);
    expect(life.asOf(life.end).observations.length).toBeGreaterThan(early.observations.length);
    // Events arrive with imports: a day after some of them happened, the history does not hold them yet.
    const late = (l: (typeof lives)[number]) =>
      l
        .asOf(l.end)
        .events.filter(
          (e) =>
            e.kind === 'repay' &&
            !l.asOf(Date.parse(e.at) + 86_400_000).events.some((x) => x.at === e.at && x.kind === e.kind && x.accountId === e.accountId),
        ).length;
    expect(lives.reduce((n, l) => n + late(l), 0)).toBeGreaterThan(0);
  });
});

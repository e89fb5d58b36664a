// `npm run evaluate` on a small population: the output format of cli.md and sane figures (not the
// targets: a dozen lives cannot measure those).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/evaluate/corpus';
import { measure, report } from '../../../scripts/evaluate/measure';
import { population } from '../../../scripts/evaluate/population';
import { parseSeeds, seedsReport } from '../../../scripts/evaluate/seeds';
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

describe('npm run evaluate -- --seed N,M,…', () => {
  it('reads one seed or a list, and refuses anything else', () => {
    expect(parseSeeds('13')).toEqual([13]);
    expect(parseSeeds('101, 202,303')).toEqual([101, 202, 303]);
    for (const bad of ['', '0', '1.5', 'x', '3,3', '4,,5', '-2']) expect(parseSeeds(bad), bad).toBeUndefined();
  });

  it('prints the four figures per seed and their min / median / max', () => {
    const corpus = loadCorpus(join(__dirname, '../../fixtures/histories')).slice(0, 3);
    const runs = [5, 6, 7].map((seed) => ({ seed, figures: measure(population(12, seed), corpus) }));
    const lines = seedsReport(runs);
    for (const line of lines) expect(line).toMatch(LINE);
    const value = (name: string) => Number(lines.find((l) => l.startsWith(`${name}: `))!.split(' ')[1]);
    expect(value('seeds')).toBe(3);
    for (const name of ['recall.7d', 'recall.30d', 'false-alarm', 'false-alarm.critical']) {
      const per = [5, 6, 7]
        .map((s) => lines.find((l) => l.startsWith(`seed.${s}.${name}: `))!.split(' ')[1])
        .filter((v) => v !== 'n/a')
        .map(Number);
      if (!per.length) continue;
      expect(value(`${name}.min`)).toBe(Math.min(...per));
      expect(value(`${name}.max`)).toBe(Math.max(...per));
      expect(value(`${name}.median`)).toBeGreaterThanOrEqual(value(`${name}.min`));
      expect(value(`${name}.median`)).toBeLessThanOrEqual(value(`${name}.max`));
    }
    // Each seed's figures are the ones a single-seed run prints.
    const single = report(runs[1]!.figures, RULE_IDS)
      .find((l) => l.startsWith('recall.7d: '))!
      .split(' ')[1];
    expect(lines).toContain(`seed.6.recall.7d: ${single} fraction`);
  });
});

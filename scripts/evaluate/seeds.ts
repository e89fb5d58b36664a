// Several seeds at once (`npm run evaluate -- --seed 13,21,34`): the headline figures per seed and
// their spread (min / median / max), so one lucky population cannot carry a change.
import { headline, type Figures } from './measure';

export const SPREAD_FIGURES = ['recall.7d', 'recall.30d', 'false-alarm', 'false-alarm.critical'] as const;

/** `--seed` as one seed or a comma-separated list of distinct whole numbers ≥ 1; undefined when invalid. */
export function parseSeeds(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const seeds = text.split(',').map((s) => Number(s.trim()));
  if (!seeds.length || seeds.some((n) => !Number.isInteger(n) || n < 1) || new Set(seeds).size !== seeds.length) return undefined;
  return seeds;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** `name: value unit` lines: per seed the four figures (with their case counts), then each figure's spread. */
export function seedsReport(runs: readonly { seed: number; figures: Figures }[]): string[] {
  const lines = [`seeds: ${runs.length} count`];
  const values = new Map<string, number[]>(SPREAD_FIGURES.map((f) => [f, []]));
  for (const { seed, figures } of runs) {
    const h = headline(figures);
    for (const name of SPREAD_FIGURES) {
      const x = h[name];
      lines.push(`seed.${seed}.${name}: ${Number.isNaN(x.value) ? 'n/a' : x.value.toFixed(3)} fraction`);
      if (!Number.isNaN(x.value)) values.get(name)!.push(x.value);
    }
    lines.push(`seed.${seed}.recall.7d.cases: ${h['recall.7d'].of} count`);
    lines.push(`seed.${seed}.false-alarm.moments: ${h['false-alarm'].of} count`);
  }
  for (const name of SPREAD_FIGURES) {
    const xs = values.get(name)!;
    for (const [stat, f] of [
      ['min', (v: number[]) => Math.min(...v)],
      ['median', median],
      ['max', (v: number[]) => Math.max(...v)],
    ] as const) {
      lines.push(`${name}.${stat}: ${xs.length ? f(xs).toFixed(3) : 'n/a'} fraction`);
    }
  }
  return lines;
}

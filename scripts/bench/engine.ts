// Engine time against history size: `assess` on 1k, 10k and 100k observations (30 accounts,
// daily, with events). "engine" is the rules on parsed data (what the background runs after a
// capture); "assess" is the whole command in-process: JSON.parse, schema validation, rules, words.
import { parseHistory } from '../../utils/model/history-schema';
import { assessHistory } from '../../utils/rules/assessment';
import { evaluateHistory } from '../../utils/rules/engine';
import { median } from './capture';
import { syntheticHistory } from './synthetic-history';

function time(fn: () => unknown, runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export async function engineFigures(): Promise<[string, number, string][]> {
  const now = new Date('2026-11-23T00:00:00.000Z');
  const rows: [string, number, string][] = [];
  const engine: Record<number, number> = {};
  const assess: Record<number, number> = {};
  for (const n of [1_000, 10_000, 100_000]) {
    const file = syntheticHistory(n);
    const text = JSON.stringify(file);
    const runs = n >= 100_000 ? 9 : 25;
    time(() => evaluateHistory(file, now), 3); // warm-up: JIT, Intl formatters
    engine[n] = time(() => evaluateHistory(file, now), runs);
    assess[n] = time(
      () => {
        const parsed = parseHistory(JSON.parse(text));
        if (!parsed.ok) throw new Error(`synthetic history invalid at ${parsed.path}`);
        return assessHistory(parsed.file, now, 'zh');
      },
      Math.max(3, Math.floor(runs / 3)),
    );
    const label = `${n / 1000}k`;
    rows.push([`engine time ${label} observations (${file.events.length} events, median)`, round(engine[n]), 'ms']);
    rows.push([`assess time ${label} observations incl. parse+validate (median)`, round(assess[n]), 'ms']);
  }
  rows.push(['engine time ratio 100k/10k', round(engine[100_000]! / engine[10_000]!), 'x']);
  rows.push(['assess time ratio 100k/10k', round(assess[100_000]! / assess[10_000]!), 'x']);
  return rows;
}

const round = (x: number) => Math.round(x * 100) / 100;

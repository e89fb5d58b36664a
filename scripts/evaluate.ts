// `npm run evaluate [-- --lives N --seed S[,S2,…] --with <candidate> --without <rule,…>]` (cli.md):
// early-warning quality on a simulated population of borrower lives and the scenario corpus, as
// `name: value unit` lines. One seed (default 13) prints the full figures; several print the
// headline figures per seed and their spread (min / median / max), so one lucky population cannot
// carry a change. `--with` adds a candidate rule that is not registered (combined-signs) and
// `--without` leaves registered rules out, to measure a rule's contribution on the same lives.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateView } from '../utils/rules/engine';
import { RULE_IDS, type Rule } from '../utils/rules/types';
import { CANDIDATES } from './evaluate/candidates';
import { loadCorpus } from './evaluate/corpus';
import { measure, report, type Evaluator } from './evaluate/measure';
import { population } from './evaluate/population';
import { parseSeeds, seedsReport } from './evaluate/seeds';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/histories');

function fail(message: string): never {
  process.stderr.write(`evaluate: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const valueOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : (args[i + 1] ?? '');
};

function wholeNumber(name: string, fallback: number): number {
  const text = valueOf(name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`${name} needs a whole number ≥ 1`);
  return n;
}

const lives = wholeNumber('--lives', 800);
const seeds = valueOf('--seed') === undefined ? [13] : parseSeeds(valueOf('--seed'));
if (!seeds) fail('--seed needs whole numbers ≥ 1, separated by commas, each once');

const withText = valueOf('--with');
const extra: Rule[] = [];
for (const id of withText ? withText.split(',') : []) {
  const rule = CANDIDATES[id.trim()];
  if (!rule) fail(`--with knows the candidate rules ${Object.keys(CANDIDATES).join(', ') || '(none)'}, not "${id}"`);
  if (!RULE_IDS.includes(rule.id)) extra.push(rule);
}
const withoutText = valueOf('--without');
const without = new Set(withoutText ? withoutText.split(',').map((s) => s.trim()) : []);
for (const id of without) if (!RULE_IDS.includes(id as (typeof RULE_IDS)[number])) fail(`--without: no rule "${id}"`);

const evaluator: Evaluator = (view, settings) => {
  const alerts = evaluateView(view, settings).filter((a) => !without.has(a.rule));
  for (const rule of extra) alerts.push(...rule.evaluate(view, settings));
  return alerts;
};

const corpus = loadCorpus(CORPUS);
const ruleIds = [...RULE_IDS.filter((id) => !without.has(id)), ...extra.map((r) => r.id)];
if (seeds.length === 1) {
  const figures = measure(population(lives, seeds[0]!), corpus, undefined, evaluator);
  process.stdout.write(report(figures, ruleIds).join('\n') + '\n');
} else {
  const runs = seeds.map((seed) => ({ seed, figures: measure(population(lives, seed), corpus, undefined, evaluator) }));
  process.stdout.write(seedsReport(runs).join('\n') + '\n');
}

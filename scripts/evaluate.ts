// `npm run evaluate [-- --lives N --seed S]` (cli.md): early-warning quality on a simulated
// population of borrower lives and the scenario corpus, as `name: value unit` lines.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '../utils/rules/types';
import { loadCorpus } from './evaluate/corpus';
import { measure, report } from './evaluate/measure';
import { population } from './evaluate/population';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/histories');

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`evaluate: ${name} needs a whole number ≥ 1\n`);
    process.exit(2);
  }
  return n;
}

const args = process.argv.slice(2);
const lives = population(option(args, '--lives', 800), option(args, '--seed', 13));
const figures = measure(lives, loadCorpus(CORPUS));
process.stdout.write(report(figures, RULE_IDS).join('\n') + '\n');

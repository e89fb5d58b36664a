// `npm run corpus`: the extension's capture code on every page of tests/corpus, judged against what a
// careful person would say each page shows. Prints right/total per group for the worked set (pages/)
// and the held-out set (held-out/), separately.
//   --verbose   also each wrong worked page and why
//   --held-out  with --verbose, the held-out pages' reasons too (not while improving the reader)
//   --update    write tests/corpus/right.json, the pages right today, for the regression test
import { writeFileSync } from 'node:fs';
import { type CorpusPage, GROUPS, loadCorpus, misplaced, RIGHT_FILE, runPage, SETS, type Verdict } from './lib/corpus';

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const showHeldOut = argv.includes('--held-out');
  const unknown = argv.filter((a) => !['--verbose', '--held-out', '--update'].includes(a));
  if (unknown.length) {
    process.stderr.write(`corpus: unknown option ${unknown.join(' ')}. usage: npm run corpus -- [--verbose [--held-out]] [--update]\n`);
    process.exit(2);
  }
  let pages: CorpusPage[];
  try {
    pages = loadCorpus();
  } catch (e) {
    process.stderr.write(`corpus: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const wrongPlace = misplaced(pages);
  if (wrongPlace.length) {
    process.stderr.write(`corpus: pages in the wrong set (the split is fixed by name):\n  ${wrongPlace.join('\n  ')}\n`);
    process.exit(2);
  }
  const verdicts = new Map<CorpusPage, Verdict>(pages.map((p) => [p, runPage(p)]));
  const count = (ps: CorpusPage[]) => `${ps.filter((p) => verdicts.get(p)!.right).length}/${ps.length}`;
  const lines: string[] = [];
  for (const set of SETS) {
    const inSet = pages.filter((p) => p.set === set);
    for (const group of GROUPS) {
      const inGroup = inSet.filter((p) => p.group === group);
      if (inGroup.length) lines.push(`${set}/${group}: ${count(inGroup)}`);
    }
    lines.push(`${set}: ${count(inSet)}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  if (verbose) {
    const wrong = pages.filter((p) => !verdicts.get(p)!.right);
    for (const p of wrong) {
      if (p.set === 'held-out' && !showHeldOut) process.stdout.write(`\nwrong: ${p.id} (held-out: reasons hidden)\n`);
      else process.stdout.write(`\nwrong: ${p.id}\n  ${verdicts.get(p)!.why.join('\n  ')}\n`);
    }
  }
  if (argv.includes('--update')) {
    const right = pages.filter((p) => verdicts.get(p)!.right).map((p) => p.id);
    writeFileSync(RIGHT_FILE, JSON.stringify(right, null, 2) + '\n');
    process.stdout.write(`wrote ${right.length} right pages to tests/corpus/right.json\n`);
  }
}

main(process.argv.slice(2));

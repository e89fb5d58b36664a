// The 简版 fixtures' text as a PDF's text layer may break it: every sentence cut into lines at random
// places (inside names, dates and amounts), odd spaces put in. The reader finds the same accounts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { documentLines, type ReportLine } from '../../../utils/report/lines';
import { readReport } from '../../../utils/report/read';

const PAGES = join(__dirname, '../../fixtures/pages');
const linesOf = (name: string) =>
  documentLines(parseHTML(readFileSync(join(PAGES, `pboc-credit-report-${name}.html`), 'utf8')).document as unknown as Document);
const SPACES = [' ', '\u00a0', '\u3000', '  '];

describe.each(['brief-gen1', 'brief-gen2'])('%s with its sentences broken as PDF text breaks them', (name) => {
  const lines = linesOf(name);
  const clean = readReport(lines).observations;

  it('reads the same accounts', () => {
    expect(clean.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...SPACES, '\n')), { minLength: 1, maxLength: 40 }), (cuts) => {
        const broken: ReportLine[] = lines.map((l) => [...l]);
        for (const [at, pos, space] of cuts) {
          // Sentences only (one-cell lines long enough to be one): a table row is not cut across lines.
          const targets = broken.map((l, i) => [l, i] as const).filter(([l]) => l.length === 1 && /发放的|授信/.test(l[0]!));
          const target = targets[at % targets.length];
          if (!target) continue;
          const [[text], i] = target;
          const p = pos % (text!.length + 1);
          if (space === '\n') broken.splice(i, 1, [text!.slice(0, p)], [text!.slice(p)]);
          else broken[i] = [text!.slice(0, p) + space + text!.slice(p)];
        }
        expect(readReport(broken.filter((l) => l.some(Boolean))).observations).toEqual(clean);
      }),
      { numRuns: 150 },
    );
  });
});

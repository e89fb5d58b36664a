// The reader on damaged lines, as real OCR gives them: the yuan sign misread, full-width brackets,
// boxes a few pixels off, one row cut in two or two joined, the digit 0 read as O, a line lost. It
// still reads the screens right, and never a wrong figure.
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../../utils/ocr/types';
import { readScreen } from '../../../utils/screenshot/read';
import { jitter, letterO, merge, misread, rng, split } from './noise';
import { loadSet, NOW, score } from './set';

const SET = loadSet();

function run(damage: (lines: OcrLine[], i: number) => OcrLine[]) {
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  SET.forEach((shot, i) => {
    const s = score(shot, readScreen({ ...shot.ocr, lines: damage(shot.ocr.lines, i), fileName: shot.file, now: NOW }));
    right += s.right;
    total += s.total;
    wrong.push(...s.wrong);
  });
  return { share: right / total, wrong };
}

describe('OCR-like damage', () => {
  it.each([
    ['¥ read as Y, full-width brackets and colons', (l: OcrLine[]) => misread(l, 'Y')],
    ['¥ read as 羊', (l: OcrLine[]) => misread(l, '羊')],
    ['boxes off by up to 4 px', (l: OcrLine[], i: number) => jitter(l, 4, rng(i + 1))],
    ['a line cut at its first space', (l: OcrLine[]) => split(l)],
    ['neighbours of one row joined', (l: OcrLine[]) => merge(l, 3)],
    ['0 read as O', (l: OcrLine[]) => letterO(l)],
  ])('%s: all right', (_, damage) => {
    const r = run(damage);
    expect(r.wrong).toEqual([]);
    expect(r.share).toBe(1);
  });

  it('whole rows joined into one line (columns too): never a wrong figure, most still right', () => {
    const r = run((l) => merge(l, 100));
    expect(r.wrong).toEqual([]);
    expect(r.share).toBeGreaterThan(0.95);
  });

  it('any one line lost: never a wrong figure', () => {
    const wrong: string[] = [];
    for (const shot of SET) {
      for (let j = 0; j < shot.ocr.lines.length; j++) {
        const lines = shot.ocr.lines.filter((_, i) => i !== j);
        wrong.push(...score(shot, readScreen({ ...shot.ocr, lines, fileName: shot.file, now: NOW })).wrong);
      }
    }
    expect(wrong).toEqual([]);
  });
});

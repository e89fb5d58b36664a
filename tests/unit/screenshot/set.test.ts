// The reader over every screenshot of the set, on its ideal OCR lines: every field right, no ad
// figure read, screens of no account give nothing and say why.
import { describe, expect, it } from 'vitest';
import { readScreen } from '../../../utils/screenshot/read';
import { loadSet, NOW, score } from './set';

const SET = loadSet();

describe('the screenshot set', () => {
  it('has at least 32 screens, of accounts and of none', () => {
    expect(SET.length).toBeGreaterThanOrEqual(32);
    expect(SET.filter((s) => s.truth.notAccount).length).toBeGreaterThanOrEqual(3);
  });

  it.each(SET.map((s) => [s.file, s] as const))('%s', (_, shot) => {
    const read = readScreen({ ...shot.ocr, fileName: shot.file, now: NOW });
    const s = score(shot, read);
    expect(s.wrong).toEqual([]);
    expect(s.misses).toEqual([]);
    expect(read.takenAt).toBe(shot.truth.takenAt);
    if (shot.truth.takenAt) expect(read.takenFrom).toBe('file-name');
    if (shot.truth.notAccount) expect(read).toMatchObject({ observations: [], notAccount: shot.truth.notAccount });
    // Every field points at boxes of the picture's own lines (the preview draws them).
    const boxes = new Set(shot.ocr.lines.map((l) => l.box.join()));
    for (const f of read.observations[0]?.fields ?? []) for (const b of f.boxes) expect(boxes.has(b.join())).toBe(true);
  });

  it('reads every field of the set right', () => {
    let right = 0;
    let total = 0;
    for (const shot of SET) {
      const s = score(shot, readScreen({ ...shot.ocr, fileName: shot.file, now: NOW }));
      right += s.right;
      total += s.total;
    }
    expect(total).toBeGreaterThan(200);
    expect(right / total).toBe(1);
  });
});

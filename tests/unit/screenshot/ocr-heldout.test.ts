// The second screenshot set (tests/fixtures/screens-heldout/: screens drawn on a canvas, apart from the
// reader, with other fonts, sizes, crops and layouts) read for real: on-device OCR, then the screen
// reader, scored against truth written before the reader first read them. A floor on the fields right
// over the whole set (worked and held-out parts together), and never an ad, a ceiling or a wrong
// figure read as the person's. The models load once for the file; excluded from the second,
// time-zone, unit run (slow, and nothing in it depends on the zone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeOcrModels, ocrBytes } from '../../../scripts/lib/ocr-node';
import { readScreen } from '../../../utils/screenshot/read';
import { HELDOUT_DIR, loadSet, NOW, score, type Score } from '../../../scripts/screens/score';

const SET = loadSet('.lines.json', HELDOUT_DIR);
const scores = new Map<string, Score>();

beforeAll(async () => {
  await nodeOcrModels();
}, 180_000);

describe('the drawn screenshot set through real OCR', () => {
  it.each(SET.map((s) => [s.file, s] as const))('%s', { timeout: 120_000 }, async (_, shot) => {
    const ocr = await ocrBytes(new Uint8Array(readFileSync(join(HELDOUT_DIR, shot.file))));
    if (!ocr.ok) throw new Error(`${shot.file}: ${ocr.problem}`);
    const read = readScreen({ ...ocr.result, fileName: shot.file, now: NOW });
    const s = score(shot, read);
    scores.set(shot.file, s);
    expect(s.wrong).toEqual([]);
    if (shot.truth.notAccount) expect(read.observations).toEqual([]);
  });

  it('reads at least 95 % of the fields right', () => {
    expect(SET.length).toBeGreaterThanOrEqual(24);
    expect(scores.size).toBe(SET.length);
    const all = [...scores.values()];
    const right = all.reduce((n, s) => n + s.right, 0);
    const total = all.reduce((n, s) => n + s.total, 0);
    expect(total).toBeGreaterThan(150);
    expect(right / total, all.flatMap((s) => s.misses).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

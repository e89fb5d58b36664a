// The whole screenshot set read for real: each picture through the on-device OCR (PP-OCRv4 on
// onnxruntime-web's wasm, as `extract` runs it) and then the screen reader, scored against its truth.
// At least 97 % of the fields right, and never an ad, a ceiling or a wrong figure read as the
// person's. The models load once for the file. Slow (about a second a picture on an idle machine):
// excluded from the second, time-zone, unit run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeOcrModels, ocrBytes } from '../../../scripts/lib/ocr-node';
import { readScreen } from '../../../utils/screenshot/read';
import { DIR, loadSet, NOW, score, type Score } from '../../../scripts/screens/score';

const SET = loadSet();
const scores = new Map<string, Score>();

beforeAll(async () => {
  await nodeOcrModels();
}, 180_000);

describe('the screenshot set through real OCR', () => {
  it.each(SET.map((s) => [s.file, s] as const))('%s', { timeout: 120_000 }, async (_, shot) => {
    const ocr = await ocrBytes(new Uint8Array(readFileSync(join(DIR, shot.file))));
    if (!ocr.ok) throw new Error(`${shot.file}: ${ocr.problem}`);
    const read = readScreen({ ...ocr.result, fileName: shot.file, now: NOW });
    const s = score(shot, read);
    scores.set(shot.file, s);
    expect(s.wrong).toEqual([]);
    if (shot.truth.notAccount) expect(read.observations).toEqual([]);
  });

  it('reads at least 97 % of the fields right', () => {
    expect(scores.size).toBe(SET.length);
    const all = [...scores.values()];
    const right = all.reduce((n, s) => n + s.right, 0);
    const total = all.reduce((n, s) => n + s.total, 0);
    expect(total).toBeGreaterThan(200);
    expect(right / total, all.flatMap((s) => s.misses).join('\n')).toBeGreaterThanOrEqual(0.97);
  });
});

// Scores the screen reader on a set's pictures through the real on-device OCR (as `extract` reads a
// screenshot), not on ideal lines. The recogniser's lines are kept in the system's temp directory by
// the picture's hash, so a second run after a reader change takes seconds:
//   node --import tsx scripts/screens/score-ocr.ts [--heldout [--show-held-out]]
// The second set's held-out part prints its figures only, unless asked.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OcrResult } from '../../utils/ocr/types';
import { readScreen } from '../../utils/screenshot/read';
import { ocrBytes } from '../lib/ocr-node';
import { DIR, HELDOUT_DIR, loadSet, NOW, partOf, score, type Score } from './score';

const CACHE = join(tmpdir(), 'limit-sentinel-screen-ocr');

async function linesOf(path: string): Promise<OcrResult> {
  const bytes = readFileSync(path);
  const key = join(CACHE, createHash('sha256').update(bytes).digest('hex') + '.json');
  if (existsSync(key)) return JSON.parse(readFileSync(key, 'utf8')) as OcrResult;
  const ocr = await ocrBytes(new Uint8Array(bytes));
  if (!ocr.ok) throw new Error(`${path}: ${ocr.problem}`);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(key, JSON.stringify(ocr.result));
  return ocr.result;
}

const args = process.argv.slice(2);
const heldout = args.includes('--heldout');
const dir = heldout ? HELDOUT_DIR : DIR;
const shots = loadSet('.lines.json', dir);
const parts = new Map<string, Score>();
for (const shot of shots) {
  const part = heldout ? partOf(shot.file) : 'worked';
  const ocr = await linesOf(join(dir, shot.file));
  const s = score(shot, readScreen({ ...ocr, fileName: shot.file, now: NOW }));
  const all = parts.get(part) ?? { right: 0, total: 0, misses: [], wrong: [] };
  parts.set(part, {
    right: all.right + s.right,
    total: all.total + s.total,
    misses: [...all.misses, ...s.misses],
    wrong: [...all.wrong, ...s.wrong],
  });
}
for (const [part, s] of parts) {
  if (part === 'worked' || args.includes('--show-held-out')) {
    for (const m of s.misses) console.log('miss ', m);
    for (const w of s.wrong) console.log('WRONG', w);
  }
}
for (const [part, s] of parts)
  console.log(
    `${part}: ${s.right}/${s.total} fields right (${((100 * s.right) / Math.max(1, s.total)).toFixed(1)} %), ${s.wrong.length} wrong figures`,
  );

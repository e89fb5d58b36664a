// The screenshot test sets (tests/fixtures/screens/, made with the reader; tests/fixtures/screens-heldout/,
// drawn apart from it): each picture's OCR lines and its truth, and the comparison of a reading with the
// truth, field by field. As a command it scores the reader on a set's ideal lines, or on a recogniser's
// lines saved beside them under another suffix:
//   node --import tsx scripts/screens/score.ts [.ocr.json] [--heldout [--show-held-out]]
// (each `<picture><suffix>` an OcrResult: { width, height, lines }). The second set's held-out part
// prints its figures only, never its misses, unless asked.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OcrResult } from '../../utils/ocr/types';
import { readScreen } from '../../utils/screenshot/read';
import type { ScreenRead } from '../../utils/screenshot/types';

const HERE = fileURLToPath(import.meta.url);
export const DIR = resolve(dirname(HERE), '../../tests/fixtures/screens');
/** The second set, drawn on a canvas by other rules (draw.ts): how the reader does on screens it was not made with. */
export const HELDOUT_DIR = resolve(dirname(HERE), '../../tests/fixtures/screens-heldout');

/** The part of the second set a picture is in, fixed by its name before the reader ever read it: the
 *  first byte of sha256(name) under 86 (a third of its values) holds it out. Fixed before the first run
 *  (12 of the first 29 pictures); nobody looks at the held-out part's misses while changing the reader. */
export function partOf(file: string): 'worked' | 'held-out' {
  return createHash('sha256').update(file).digest()[0]! < 86 ? 'held-out' : 'worked';
}
/** The day the set is read on: after every file name's date. */
export const NOW = new Date('2026-12-07T12:00:00Z');

export interface Truth {
  observations: Record<string, string | number | boolean>[];
  notAccount?: ScreenRead['notAccount'];
  takenAt?: string;
  takenFrom?: ScreenRead['takenFrom'];
  ads: number[];
}

export interface Shot {
  file: string;
  ocr: OcrResult;
  truth: Truth;
}

/** The pictures of the set that have lines under `suffix`, with their truth. */
export function loadSet(suffix = '.lines.json', dir = DIR): Shot[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => {
      const file = f.slice(0, -suffix.length);
      const read = (end: string) => JSON.parse(readFileSync(join(dir, file + end), 'utf8')) as unknown;
      return { file, ocr: read(suffix) as OcrResult, truth: read('.truth.json') as Truth };
    });
}

export const FIELDS = ['totalLimit', 'availableLimit', 'usedAmount', 'dailyRate', 'apr', 'status', 'increaseAvailable'] as const;
const WHO = ['lender', 'product', 'accountId'] as const;

export interface Score {
  right: number;
  total: number;
  /** "file: field expected X, read Y" for each miss. */
  misses: string[];
  /** A figure read that the truth does not have, or an ad figure read: never acceptable. */
  wrong: string[];
}

const same = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b);

/** Fields right out of fields expected (the account's identity counts as fields too). */
export function score(shot: Shot, read: ScreenRead): Score {
  const s: Score = { right: 0, total: 0, misses: [], wrong: [] };
  if (!shot.truth.observations.length) {
    s.total += 1;
    const got = read.observations.length > 0;
    if (!got && read.notAccount === shot.truth.notAccount) s.right += 1;
    else s.misses.push(`${shot.file}: expected notAccount ${shot.truth.notAccount}, read ${got ? 'an observation' : read.notAccount}`);
    if (got) s.wrong.push(`${shot.file}: an observation on a screen of no account`);
    return s;
  }
  const used = new Set<number>();
  shot.truth.observations.forEach((want, i) => {
    // The observation of the same account, else the one in the same place.
    let j = read.observations.findIndex((o) => want.accountId !== undefined && o.accountId === want.accountId);
    if (j < 0 && !used.has(i)) j = i;
    used.add(j);
    observation(shot, want, read.observations[j] as Record<string, unknown> | undefined, s);
  });
  read.observations.forEach((_, j) => {
    if (!used.has(j)) s.wrong.push(`${shot.file}: observation ${j} is of no account on the screen`);
  });
  return s;
}

function observation(shot: Shot, want: Truth['observations'][number], got: Record<string, unknown> | undefined, s: Score): void {
  for (const k of [...FIELDS, ...WHO]) {
    const w = want[k];
    const g = got?.[k];
    if (w === undefined && (k === 'accountId' || g === undefined)) {
      if (k === 'accountId' && g !== undefined) s.wrong.push(`${shot.file}: accountId ${String(g)} where none is known`);
      continue;
    }
    if (w === undefined && g !== undefined) {
      s.wrong.push(`${shot.file}: ${k} read ${String(g)}, not on the screen`);
      continue;
    }
    s.total += 1;
    if (same(w, g)) s.right += 1;
    else {
      s.misses.push(`${shot.file}: ${k} expected ${String(w)}, read ${String(g)}`);
      if (g !== undefined && k !== 'status' && typeof g === 'number')
        s.wrong.push(`${shot.file}: ${k} read ${String(g)}, expected ${String(w)}`);
    }
  }
  for (const k of FIELDS) {
    const g = got?.[k];
    if (typeof g === 'number' && shot.truth.ads.some((a) => same(a, g)) && !same(want[k], g))
      s.wrong.push(`${shot.file}: ad figure ${g} read as ${k}`);
  }
}

/** The reader over the whole set: fields right, fields expected, and every miss and wrong figure. */
export function scoreSet(shots: readonly Shot[]): Score {
  const all: Score = { right: 0, total: 0, misses: [], wrong: [] };
  for (const shot of shots) {
    const s = score(shot, readScreen({ ...shot.ocr, fileName: shot.file, now: NOW }));
    all.right += s.right;
    all.total += s.total;
    all.misses.push(...s.misses);
    all.wrong.push(...s.wrong);
  }
  return all;
}

const percent = (s: Score) =>
  `${s.right}/${s.total} fields right (${((100 * s.right) / Math.max(1, s.total)).toFixed(1)} %), ${s.wrong.length} wrong figures`;

if (process.argv[1] && resolve(process.argv[1]) === HERE) {
  const args = process.argv.slice(2);
  const heldout = args.includes('--heldout');
  const shots = loadSet(args.find((a) => !a.startsWith('--')) ?? '.lines.json', heldout ? HELDOUT_DIR : DIR);
  const parts = heldout ? (['worked', 'held-out'] as const) : (['worked'] as const);
  for (const part of parts) {
    const some = heldout ? shots.filter((s) => partOf(s.file) === part) : shots;
    const s = scoreSet(some);
    if (part === 'worked' || args.includes('--show-held-out')) {
      for (const m of s.misses) console.log('miss ', m);
      for (const w of s.wrong) console.log('WRONG', w);
    }
    console.log(`${heldout ? `${part}: ` : ''}${some.length} screenshots: ${percent(s)}`);
  }
}

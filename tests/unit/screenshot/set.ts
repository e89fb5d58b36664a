// The screenshot test set (tests/fixtures/screens/): each picture's ideal OCR lines and its truth,
// and the comparison of a reading with the truth, field by field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OcrResult } from '../../../utils/ocr/types';
import type { ScreenRead } from '../../../utils/screenshot/types';

export const DIR = join(__dirname, '../../fixtures/screens');
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

export function loadSet(): Shot[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.lines.json'))
    .map((f) => {
      const file = f.slice(0, -'.lines.json'.length);
      const read = (suffix: string) => JSON.parse(readFileSync(join(DIR, file + suffix), 'utf8')) as unknown;
      return { file, ocr: read('.lines.json') as OcrResult, truth: read('.truth.json') as Truth };
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
  const want = shot.truth.observations[0];
  const got = read.observations[0] as Record<string, unknown> | undefined;
  if (!want) {
    s.total += 1;
    if (!got && read.notAccount === shot.truth.notAccount) s.right += 1;
    else s.misses.push(`${shot.file}: expected notAccount ${shot.truth.notAccount}, read ${got ? 'an observation' : read.notAccount}`);
    if (got) s.wrong.push(`${shot.file}: an observation on a screen of no account`);
    return s;
  }
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
  return s;
}

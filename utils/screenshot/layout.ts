// Where lines sit relative to each other on a screen: one row, directly above, directly below. The
// reader ties a value to its label by these, in the picture's own pixels (any size, any scale).
import type { Box, OcrLine } from '../ocr/types';
import { cleanOcr } from './text';

export interface Line {
  /** Index in the recogniser's list, for tests and the preview. */
  index: number;
  raw: OcrLine;
  /** cleanOcr(raw.text). */
  text: string;
  box: Box;
}

export const height = (b: Box): number => b[3] - b[1];
const vOverlap = (a: Box, b: Box) => Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
const hOverlap = (a: Box, b: Box) => Math.min(a[2], b[2]) - Math.max(a[0], b[0]);

/** Lines with a usable box and some text, top to bottom then left to right. */
export function toLines(lines: readonly OcrLine[]): Line[] {
  return (
    lines
      .map((raw, index) => ({ index, raw, text: cleanOcr(raw.text), box: raw.box }))
      // A yuan sign or unit boxed apart from its number says nothing by itself.
      .filter((l) => l.text && !/^[¥Y羊$元]$/.test(l.text) && l.box.every(Number.isFinite) && l.box[2] > l.box[0] && l.box[3] > l.box[1])
      .sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0])
  );
}

/** Two boxes on one row: they share most of the shorter one's height. */
export const sameRow = (a: Box, b: Box): boolean => vOverlap(a, b) > 0.5 * Math.min(height(a), height(b));

/** One column: the boxes overlap horizontally, or their centres are close (centred layouts). */
function sameColumn(a: Box, b: Box): boolean {
  const centre = (x: Box) => (x[0] + x[2]) / 2;
  return hOverlap(a, b) > 0 || Math.abs(centre(a) - centre(b)) < Math.max(height(a), height(b));
}

/** The lines right of `l` on its row, left to right. */
export function rightOf(lines: readonly Line[], l: Line): Line[] {
  return lines
    .filter((r) => r !== l && sameRow(r.box, l.box) && r.box[0] >= l.box[2] - 0.5 * height(l.box))
    .sort((a, b) => a.box[0] - b.box[0]);
}

/** The nearest line to the left of `v` on its row. */
export function leftOf(lines: readonly Line[], v: Line): Line | undefined {
  let best: Line | undefined;
  for (const l of lines) {
    if (l === v || !sameRow(l.box, v.box) || l.box[2] > v.box[0] + 0.5 * height(v.box)) continue;
    if (!best || l.box[2] > best.box[2]) best = l;
  }
  return best;
}

/** The nearest line right above `v` in its column, when close (a label sits just over its number). */
export function above(lines: readonly Line[], v: Line): Line | undefined {
  let best: Line | undefined;
  for (const l of lines) {
    if (l === v || l.box[3] > v.box[1] + 0.25 * height(l.box) || !sameColumn(l.box, v.box)) continue;
    if (!best || l.box[3] > best.box[3]) best = l;
  }
  return best && v.box[1] - best.box[3] <= 2.5 * height(best.box) ? best : undefined;
}

/** The nearest line right below `v` in its column, when close (a caption under its number). */
export function below(lines: readonly Line[], v: Line): Line | undefined {
  let best: Line | undefined;
  for (const l of lines) {
    if (l === v || l.box[1] < v.box[3] - 0.25 * height(l.box) || !sameColumn(l.box, v.box)) continue;
    if (!best || l.box[1] < best.box[1]) best = l;
  }
  return best && best.box[1] - v.box[3] <= 1.5 * height(best.box) && height(best.box) <= height(v.box) ? best : undefined;
}

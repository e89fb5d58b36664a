// Reading order of a screen's lines: rows top to bottom, each row left to right. Two boxes share a
// row when they overlap vertically by more than half the shorter one's height (a label and its value
// side by side), so a slightly taller value does not jump ahead of its label.
import type { OcrLine } from './types';

export function readingOrder(lines: OcrLine[]): OcrLine[] {
  const byTop = [...lines].sort((a, b) => a.box[1] + a.box[3] - (b.box[1] + b.box[3]));
  const rows: OcrLine[][] = [];
  for (const line of byTop) {
    const row = rows.at(-1);
    const h = line.box[3] - line.box[1];
    const fits =
      row?.some((o) => Math.min(o.box[3], line.box[3]) - Math.max(o.box[1], line.box[1]) > 0.5 * Math.min(h, o.box[3] - o.box[1])) ?? false;
    if (row && fits) row.push(line);
    else rows.push([line]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box[0] - b.box[0]));
}

// The detector's probability map into text boxes, DB post-processing without OpenCV: threshold the
// map, label its connected components, take each one's axis-aligned box, drop the small and the
// faint, and grow it by the unclip distance (the DB net draws shrunk text kernels). Screens hold
// horizontal text, so axis-aligned boxes lose nothing a rotated rectangle would keep.
import type { Box } from './types';

export interface BoxOptions {
  /** A pixel belongs to text above this probability. */
  threshold: number;
  /** A component's mean probability over its whole box must reach this (DB's box_thresh)… */
  boxThreshold: number;
  /**
   * …or its mean over its own pixels this: a line whose kernel is hollow in the middle (a card's
   * `卡号 **** **** **** 5678`: the masked digits' kernel is a thin band) is still a line when its
   * pixels are all sure, while an icon (a ring of middling probability) is not.
   */
  solidThreshold: number;
  /** DB's unclip: the box grows by area × ratio / perimeter on every side. */
  unclipRatio: number;
  /** Components whose shorter side is below this many map pixels are dropped. */
  minSize: number;
}

export const DEFAULT_BOX_OPTIONS: BoxOptions = { threshold: 0.3, boxThreshold: 0.6, solidThreshold: 0.95, unclipRatio: 1.6, minSize: 3 };

/** A detected box in map pixels with its mean probability over the box. */
export interface MapBox {
  box: Box;
  score: number;
}

/** Connected components (8-neighbour) of `prob > threshold` on a `width`×`height` map, as unclipped boxes. */
export function boxesFromMap(prob: ArrayLike<number>, width: number, height: number, options: BoxOptions = DEFAULT_BOX_OPTIONS): MapBox[] {
  const { threshold, boxThreshold, solidThreshold, unclipRatio, minSize } = options;
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  const out: MapBox[] = [];
  for (let start = 0; start < width * height; start++) {
    if (seen[start] || !(prob[start]! > threshold)) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let sum = 0;
    let count = 0;
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    while (top > 0) {
      const p = stack[--top]!;
      sum += prob[p]!;
      count++;
      const x = p % width;
      const y = (p - x) / width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const q = ny * width + nx;
          if (!seen[q] && prob[q]! > threshold) {
            seen[q] = 1;
            stack[top++] = q;
          }
        }
      }
    }
    const w = x1 - x0 + 1;
    const h = y1 - y0 + 1;
    if (Math.min(w, h) < minSize) continue;
    let boxSum = 0;
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) boxSum += prob[y * width + x]!;
    const score = boxSum / (w * h);
    if (score < boxThreshold && sum / count < solidThreshold) continue;
    const d = (w * h * unclipRatio) / (2 * (w + h));
    out.push({
      box: [Math.max(0, x0 - d), Math.max(0, y0 - d), Math.min(width, x1 + 1 + d), Math.min(height, y1 + 1 + d)],
      score,
    });
  }
  return out;
}

/** Map pixels to picture pixels (the map has the detector input's size), rounded outwards and clamped. */
export function scaleBox(box: Box, sx: number, sy: number, width: number, height: number): Box {
  return [
    Math.max(0, Math.floor(box[0] * sx)),
    Math.max(0, Math.floor(box[1] * sy)),
    Math.min(width, Math.ceil(box[2] * sx)),
    Math.min(height, Math.ceil(box[3] * sy)),
  ];
}

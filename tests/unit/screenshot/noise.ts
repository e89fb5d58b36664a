// OCR-like damage to ideal lines: what a real recogniser does to a screen's text and boxes.
import type { Box, OcrLine } from '../../../utils/ocr/types';

/** A small seeded generator, so a failing case can be replayed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const h = (b: Box) => b[3] - b[1];

/** "¥" read as "Y" or "羊", full-width colons and brackets, a space after the yuan sign. */
export function misread(lines: readonly OcrLine[], pick: 'Y' | '羊'): OcrLine[] {
  return lines.map((l) => ({
    ...l,
    text: l.text
      .replace(/¥/g, pick + ' ')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/:/g, '：'),
  }));
}

/** Each box moved and resized by up to `px` pixels on each side. */
export function jitter(lines: readonly OcrLine[], px: number, rand: () => number): OcrLine[] {
  const d = () => Math.round((rand() * 2 - 1) * px);
  return lines.map((l) => {
    const [x0, y0, x1, y1] = l.box;
    return { ...l, box: [x0 + d(), y0 + d(), x1 + d(), y1 + d()] as Box };
  });
}

/** A line "label value" cut at its first space into two boxes side by side, as a detector may. */
export function split(lines: readonly OcrLine[]): OcrLine[] {
  return lines.flatMap((l) => {
    const i = l.text.indexOf(' ');
    if (i < 1) return [l];
    const [x0, y0, x1, y1] = l.box;
    const cut = Math.round(x0 + ((x1 - x0) * i) / l.text.length);
    return [
      { ...l, text: l.text.slice(0, i), box: [x0, y0, cut - 2, y1] as Box },
      { ...l, text: l.text.slice(i + 1), box: [cut + 2, y0, x1, y1] as Box },
    ];
  });
}

/** Lines of one row closer than `gapInHeights` line heights joined into one, as a detector may. */
export function merge(lines: readonly OcrLine[], gapInHeights: number): OcrLine[] {
  const sorted = [...lines].sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  const out: OcrLine[] = [];
  for (const l of sorted) {
    const prev = out[out.length - 1];
    const overlap = prev ? Math.min(prev.box[3], l.box[3]) - Math.max(prev.box[1], l.box[1]) : 0;
    if (
      prev &&
      overlap > 0.6 * Math.min(h(prev.box), h(l.box)) &&
      l.box[0] - prev.box[2] < gapInHeights * h(l.box) &&
      l.box[0] > prev.box[2] - 2
    ) {
      out[out.length - 1] = {
        ...prev,
        text: `${prev.text} ${l.text}`,
        box: [prev.box[0], Math.min(prev.box[1], l.box[1]), l.box[2], Math.max(prev.box[3], l.box[3])],
      };
    } else out.push(l);
  }
  return out;
}

/** The digits 0 read as the letter O in every other amount. */
export function letterO(lines: readonly OcrLine[]): OcrLine[] {
  return lines.map((l, i) => (i % 2 && /\d/.test(l.text) && !/%/.test(l.text) ? { ...l, text: l.text.replace(/0/g, 'O') } : l));
}

// Text runs with their boxes, and their joining into the lines a text detector reports: shared by the
// HTML renderer (render.ts) and the canvas drawer (draw.ts) so both sets' "ideal OCR" is made alike.

export interface Run {
  text: string;
  box: [number, number, number, number];
}

/** Runs of one row closer than about half a character become one line, as a detector sees them. */
export function joinRows(runs: Run[]): Run[] {
  const sorted = [...runs].sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  const out: Run[] = [];
  for (const r of sorted) {
    const h = r.box[3] - r.box[1];
    const prev = out.find((o) => {
      const oh = o.box[3] - o.box[1];
      const overlap = Math.min(o.box[3], r.box[3]) - Math.max(o.box[1], r.box[1]);
      const gap = r.box[0] - o.box[2];
      return overlap > 0.6 * Math.min(h, oh) && gap >= -1 && gap < 0.6 * Math.min(h, oh);
    });
    if (prev) {
      const gap = r.box[0] - prev.box[2];
      prev.text += gap > 0.25 * h ? ' ' + r.text : r.text;
      prev.box = [prev.box[0], Math.min(prev.box[1], r.box[1]), r.box[2], Math.max(prev.box[3], r.box[3])];
    } else out.push({ text: r.text, box: [...r.box] });
  }
  return out.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}

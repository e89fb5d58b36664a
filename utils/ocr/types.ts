// What on-device OCR gives back for one picture: its recognised text lines, each with its box in the
// picture's own pixels. The screenshot reader (utils/screenshot/) takes only this, so it runs on
// lines from the browser's worker, from Node (`extract -- shot.png`) or from a test alike.

/** `[x0, y0, x1, y1]`, image pixels, x0 < x1 and y0 < y1 (axis-aligned). */
export type Box = [number, number, number, number];

export interface OcrLine {
  /** The recognised text, as read (not normalised). */
  text: string;
  box: Box;
  /** The recogniser's mean confidence, 0–1. */
  score: number;
}

export interface OcrResult {
  /** The decoded picture's size (before any scaling done for the models). */
  width: number;
  height: number;
  /** Top to bottom, then left to right. */
  lines: OcrLine[];
}

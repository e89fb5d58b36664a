// What the screenshot reader makes of one picture's OCR lines: the observations it shows, each field
// tied to the boxes it was read from (the preview draws them), or why it is not an account screen.
import type { ExtractedObservation } from '../model/types';
import type { Box, OcrLine } from '../ocr/types';

export type ScreenField = 'totalLimit' | 'availableLimit' | 'usedAmount' | 'dailyRate' | 'apr' | 'status' | 'increaseAvailable';

export interface ScreenFieldRead {
  field: ScreenField;
  /** The value as stored (yuan; rate fraction; status word; boolean for the 提额 entry). */
  value: number | string | boolean;
  /** The text of the line(s) it was read from, e.g. "可用额度(元)" and "50,000.00". */
  text: string;
  /** The boxes of the label and of the value. */
  boxes: Box[];
}

export interface ScreenObservation extends ExtractedObservation {
  /** Every field above with where it came from, in screen order. */
  fields: ScreenFieldRead[];
}

export interface ScreenInput {
  lines: OcrLine[];
  width: number;
  height: number;
  /** The file's name (Screenshot_20261203-101500.png, mmexport1701569700123.jpg …), when known. */
  fileName?: string;
  /** The file's own modification time (ms since epoch), when known. */
  fileTime?: number;
  now: Date;
}

export interface ScreenRead {
  observations: ScreenObservation[];
  /** When the screenshot was taken (ISO), never after `now`, and where that came from. */
  takenAt?: string;
  takenFrom?: 'file-name' | 'file-time';
  /** Set when the picture is not a screen of an account: what it looks like instead. */
  notAccount?: 'no-text' | 'no-figures' | 'advert' | 'chat';
}

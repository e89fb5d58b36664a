// `npm run --silent extract -- <screenshot.png|.jpg|.webp>`: a lending app's screenshot read with the
// same on-device OCR and screen reader as the extension (cli.md). Prints the observations and the
// recognised lines with their boxes; a picture refused by the bounds is a one-line error, exit 2.
import type { ExtractedObservation } from '../../utils/model/types';
import { sniffImage } from '../../utils/ocr/image-header';
import type { OcrResult } from '../../utils/ocr/types';
import { readScreen } from '../../utils/screenshot/read';
import { toCliShape } from './cli-shape';
import type { CliOutput } from './report-cli';
import { ocrBytes } from './ocr-node';

const PROBLEM = {
  'not-image': 'is not a picture (PNG, JPEG or WebP), whatever its name says',
  unsupported: 'is a kind of picture this reader does not take (GIF, BMP, HEIC, TIFF); save the screenshot as PNG, JPEG or WebP',
  'too-large': 'has too many pixels to read (over 40 megapixels); crop it to the screen and try again',
  animated: 'is an animated picture; take a still screenshot instead',
  damaged: 'is damaged or cut off; it cannot be decoded',
} as const;

/** A picture's file name: it goes to the screenshot reader, whatever its bytes turn out to be. */
export const isPictureName = (file: string): boolean => /\.(png|jpe?g|webp|gif|heic|bmp)$/i.test(file);

/** Picture magic bytes (a screenshot saved without its extension). */
export const isPicture = (bytes: Uint8Array): boolean => sniffImage(bytes) !== undefined;

/** The screen reader's observations for these lines (the same reader as the extension's import). */
export function observationsOf(
  result: OcrResult,
  fileName: string,
  fileTime: number | undefined,
  now = new Date(),
): ExtractedObservation[] {
  // Where each field was read from is the preview's business; the lines below carry the boxes.
  return readScreen({ ...result, fileName, fileTime, now }).observations.map(({ fields: _fields, ...o }) => o);
}

export async function screenshotCommand(file: string, bytes: Uint8Array, fileTime?: number): Promise<CliOutput> {
  const read = await ocrBytes(bytes);
  if (!read.ok) return { stdout: '', stderr: `extract: ${file} ${PROBLEM[read.problem]}\n`, code: 2 };
  const name = file.split(/[\\/]/).at(-1) ?? file;
  const shaped = toCliShape({ adapter: 'screenshot', observations: observationsOf(read.result, name, fileTime), events: [] });
  const lines = read.result.lines.map((l) => ({ text: l.text, box: l.box }));
  return { stdout: JSON.stringify({ ...shaped, lines }, null, 2) + '\n', stderr: '', code: 0 };
}

// ─── WIRING PENDING ────────────────────────────────────────────────────────────────────────────────
// The browser's OCR worker client (branch `ocr`: utils/ocr/browser-client.ts) and the screen reader
// (branch `screens`: utils/screenshot/read.ts) are not on this branch yet. Until they are merged this
// function refuses every picture with "reading failed" — nothing is stored, nothing is faked. After the
// merge it becomes: readShotsWith(ocrInWorker, readScreen), both loaded lazily (their chunk carries
// onnxruntime-web).
import type { ReadShots } from './shot-reader';

export const readShotsInBrowser: ReadShots = async (files, { onDone }) => {
  for (const [i] of files.entries()) onDone(i, { ok: false, problem: 'failed' });
};

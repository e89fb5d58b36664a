// The browser's screenshot reading: the OCR worker client and the screen reader, loaded only when a
// picture is first read (their chunk carries onnxruntime-web's glue; the models and the wasm are
// packaged files the worker loads by extension URL).
import type { ReadShots } from './shot-reader';

export const readShotsInBrowser: ReadShots = async (files, options) => {
  const [{ ocrInWorker }, { readScreen }, { readShotsWith }] = await Promise.all([
    import('../../utils/ocr/browser-client'),
    import('../../utils/screenshot/read'),
    import('./shot-wiring'),
  ]);
  return readShotsWith(ocrInWorker, readScreen)(files, options);
};

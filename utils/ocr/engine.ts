// The OCR engine: PP-OCRv4 text detection, then line recognition, on an RGBA picture. It knows the
// models only as functions from a float tensor to a float tensor, so the same code runs on
// onnxruntime-web's wasm in the browser's worker, in Node, and on small fakes in the unit tests.
import { boxesFromMap, DEFAULT_BOX_OPTIONS, scaleBox, type BoxOptions } from './boxes';
import { ctcGreedy } from './ctc';
import { readingOrder } from './order';
import { detectorInput, recognizerBatch, recognizerWidth, type RgbaImage } from './preprocess';
import type { Box, OcrLine, OcrResult } from './types';

export interface OcrTensor {
  data: ArrayLike<number>;
  dims: readonly number[];
}

/** One loaded model: its single input in, its single output out. */
export interface OcrModel {
  run(data: Float32Array, dims: readonly number[]): Promise<OcrTensor>;
}

export interface OcrModels {
  det: OcrModel;
  rec: OcrModel;
  /** The recogniser's key list (ppocr_keys_v1.txt). */
  keys: readonly string[];
}

export type OcrStage = 'loading-models' | 'detecting' | 'recognising';

export interface OcrOptions extends BoxOptions {
  /** The detector's input: longest side. */
  limit: number;
  /** Lines read with a lower mean confidence are dropped. */
  minScore: number;
  /** Line crops per recogniser run. */
  batch: number;
}

export const DEFAULT_OCR_OPTIONS: OcrOptions = { ...DEFAULT_BOX_OPTIONS, limit: 960, minScore: 0.5, batch: 8 };

/** Text boxes of the picture, in its own pixels. */
export async function detect(models: OcrModels, img: RgbaImage, options: OcrOptions = DEFAULT_OCR_OPTIONS): Promise<Box[]> {
  const input = detectorInput(img, options.limit);
  const [, , h, w] = input.dims;
  const out = await models.det.run(input.data, input.dims);
  const sx = img.width / w;
  const sy = img.height / h;
  return boxesFromMap(out.data, w, h, options)
    .map((b) => scaleBox(b.box, sx, sy, img.width, img.height))
    .filter((b) => b[2] - b[0] >= 2 && b[3] - b[1] >= 2);
}

/** Reads each box's line; batches crops of similar aspect together, as padding costs time. */
export async function recognise(
  models: OcrModels,
  img: RgbaImage,
  boxes: Box[],
  options: OcrOptions = DEFAULT_OCR_OPTIONS,
  onProgress?: (fraction: number) => void,
): Promise<OcrLine[]> {
  const order = boxes.map((_, i) => i).sort((a, b) => recognizerWidth(boxes[a]!) - recognizerWidth(boxes[b]!));
  const lines: OcrLine[] = [];
  for (let start = 0; start < order.length; start += options.batch) {
    const chunk = order.slice(start, start + options.batch).map((i) => boxes[i]!);
    const input = recognizerBatch(img, chunk);
    const out = await models.rec.run(input.data, input.dims);
    const [, steps, classes] = out.dims as [number, number, number];
    chunk.forEach((box, i) => {
      const { text, score } = ctcGreedy(out.data, steps, classes, models.keys, i);
      if (text.trim() && score >= options.minScore) lines.push({ text, box, score });
    });
    onProgress?.(Math.min(1, (start + chunk.length) / order.length));
  }
  return readingOrder(lines);
}

/** The whole picture: its lines top to bottom, left to right. */
export async function ocrImage(
  models: OcrModels,
  img: RgbaImage,
  onProgress?: (stage: OcrStage, fraction: number) => void,
  options: OcrOptions = DEFAULT_OCR_OPTIONS,
): Promise<OcrResult> {
  onProgress?.('detecting', 0);
  const boxes = await detect(models, img, options);
  onProgress?.('recognising', 0);
  const lines = await recognise(models, img, boxes, options, (f) => onProgress?.('recognising', f));
  return { width: img.width, height: img.height, lines };
}

// Pictures into model inputs: the detector's scaled, normalised CHW tensor, and the recogniser's
// line crops at height 48. Pure functions over RGBA pixels, so Node and the worker share them.
import type { Box } from './types';

/** RGBA pixels, row by row (ImageData, a decoded PNG or JPEG). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** The detector's input size: longest side ≈ `limit`, both sides multiples of 32 (the DB net's stride). */
export function detectorSize(width: number, height: number, limit = 960): { width: number; height: number } {
  const ratio = Math.max(width, height) > limit ? limit / Math.max(width, height) : 1;
  const round32 = (n: number) => Math.max(32, Math.round((n * ratio) / 32) * 32);
  return { width: round32(width), height: round32(height) };
}

/**
 * Samples the source region `box` into an `outW`×`outH` CHW float tensor, `(v / 255 - mean) / std`
 * per channel. Shrinking averages a grid of samples per output pixel (no aliasing of thin strokes);
 * enlarging is bilinear.
 */
export function sampleToTensor(
  img: RgbaImage,
  box: Box,
  outW: number,
  outH: number,
  mean: readonly number[],
  std: readonly number[],
  target = new Float32Array(3 * outW * outH),
  rowWidth = outW,
): Float32Array {
  const [x0, y0, x1, y1] = box;
  const sx = (x1 - x0) / outW;
  const sy = (y1 - y0) / outH;
  const nx = Math.max(1, Math.min(4, Math.ceil(sx)));
  const ny = Math.max(1, Math.min(4, Math.ceil(sy)));
  const plane = rowWidth * outH;
  const { width: W, height: H, data } = img;
  const px = (x: number, y: number, c: number) => data[(y * W + x) * 4 + c]!;
  const acc = [0, 0, 0];
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      acc[0] = acc[1] = acc[2] = 0;
      for (let j = 0; j < ny; j++) {
        const fy = Math.min(H - 1, Math.max(0, y0 + (oy + (j + 0.5) / ny) * sy - 0.5));
        const yA = Math.floor(fy);
        const yB = Math.min(H - 1, yA + 1);
        const wy = fy - yA;
        for (let i = 0; i < nx; i++) {
          const fx = Math.min(W - 1, Math.max(0, x0 + (ox + (i + 0.5) / nx) * sx - 0.5));
          const xA = Math.floor(fx);
          const xB = Math.min(W - 1, xA + 1);
          const wx = fx - xA;
          for (let c = 0; c < 3; c++) {
            const top = px(xA, yA, c) * (1 - wx) + px(xB, yA, c) * wx;
            const bottom = px(xA, yB, c) * (1 - wx) + px(xB, yB, c) * wx;
            acc[c]! += top * (1 - wy) + bottom * wy;
          }
        }
      }
      const n = nx * ny;
      for (let c = 0; c < 3; c++) target[c * plane + oy * rowWidth + ox] = (acc[c]! / n / 255 - mean[c]!) / std[c]!;
    }
  }
  return target;
}

const DET_MEAN = [0.485, 0.456, 0.406];
const DET_STD = [0.229, 0.224, 0.225];

/** The detector's input: the whole picture at `detectorSize`, ImageNet-normalised, [1, 3, h, w]. */
export function detectorInput(img: RgbaImage, limit = 960): { data: Float32Array; dims: [1, 3, number, number] } {
  const { width, height } = detectorSize(img.width, img.height, limit);
  const data = sampleToTensor(img, [0, 0, img.width, img.height], width, height, DET_MEAN, DET_STD);
  return { data, dims: [1, 3, height, width] };
}

export const REC_HEIGHT = 48;
const REC_MEAN = [0.5, 0.5, 0.5];
const REC_STD = [0.5, 0.5, 0.5];

/** A crop's width at the recogniser's height, keeping its aspect (at least 16, at most `maxWidth`). */
export const recognizerWidth = (box: Box, maxWidth = 1600): number =>
  Math.min(maxWidth, Math.max(16, Math.ceil((REC_HEIGHT * (box[2] - box[0])) / Math.max(1, box[3] - box[1]))));

/**
 * One batch of line crops for the recogniser: [n, 3, 48, w] with w the widest crop's width; the
 * narrower ones are padded on the right with zeros (mid-grey after normalisation), as PaddleOCR does.
 */
export function recognizerBatch(img: RgbaImage, boxes: Box[], maxWidth = 1600): { data: Float32Array; dims: [number, 3, number, number] } {
  const widths = boxes.map((b) => recognizerWidth(b, maxWidth));
  const w = Math.max(...widths);
  const one = 3 * REC_HEIGHT * w;
  const data = new Float32Array(boxes.length * one);
  boxes.forEach((box, i) => {
    sampleToTensor(img, box, widths[i]!, REC_HEIGHT, REC_MEAN, REC_STD, data.subarray(i * one, (i + 1) * one), w);
  });
  return { data, dims: [boxes.length, 3, REC_HEIGHT, w] };
}

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
 * per channel, written into `target` with rows `rowWidth` wide. Shrinking averages a grid of pixels
 * per output pixel (no aliasing of thin strokes; a 1080×2340 screen shrinks 2.4× for the detector);
 * enlarging (small text crops) is bilinear.
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
  const plane = rowWidth * outH;
  const { width: W, height: H, data } = img;
  // (v / 255 − mean) / std as v · k + m per channel.
  const k = [0, 1, 2].map((c) => 1 / 255 / std[c]!);
  const m = [0, 1, 2].map((c) => -mean[c]! / std[c]!);
  const shrink = sx >= 1 && sy >= 1;
  const nx = shrink ? Math.min(4, Math.ceil(sx)) : 1;
  const ny = shrink ? Math.min(4, Math.ceil(sy)) : 1;
  for (let oy = 0; oy < outH; oy++) {
    for (let ox = 0; ox < outW; ox++) {
      let r = 0;
      let g = 0;
      let b = 0;
      if (shrink) {
        for (let j = 0; j < ny; j++) {
          const y = Math.min(H - 1, Math.floor(y0 + (oy + (j + 0.5) / ny) * sy));
          for (let i = 0; i < nx; i++) {
            const p = (y * W + Math.min(W - 1, Math.floor(x0 + (ox + (i + 0.5) / nx) * sx))) * 4;
            r += data[p]!;
            g += data[p + 1]!;
            b += data[p + 2]!;
          }
        }
        const n = nx * ny;
        r /= n;
        g /= n;
        b /= n;
      } else {
        const fy = Math.min(H - 1, Math.max(0, y0 + (oy + 0.5) * sy - 0.5));
        const fx = Math.min(W - 1, Math.max(0, x0 + (ox + 0.5) * sx - 0.5));
        const yA = Math.floor(fy);
        const xA = Math.floor(fx);
        const wy = fy - yA;
        const wx = fx - xA;
        const a = (yA * W + xA) * 4;
        const dx = xA + 1 < W ? 4 : 0;
        const dy = yA + 1 < H ? W * 4 : 0;
        const w00 = (1 - wx) * (1 - wy);
        const w01 = wx * (1 - wy);
        const w10 = (1 - wx) * wy;
        const w11 = wx * wy;
        r = data[a]! * w00 + data[a + dx]! * w01 + data[a + dy]! * w10 + data[a + dy + dx]! * w11;
        g = data[a + 1]! * w00 + data[a + dx + 1]! * w01 + data[a + dy + 1]! * w10 + data[a + dy + dx + 1]! * w11;
        b = data[a + 2]! * w00 + data[a + dx + 2]! * w01 + data[a + dy + 2]! * w10 + data[a + dy + dx + 2]! * w11;
      }
      const o = oy * rowWidth + ox;
      target[o] = r * k[0]! + m[0]!;
      target[plane + o] = g * k[1]! + m[1]!;
      target[2 * plane + o] = b * k[2]! + m[2]!;
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

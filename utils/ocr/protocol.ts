// What the extension page and its OCR worker say to each other (utils/ocr/worker.ts,
// utils/ocr/browser-client.ts). One request per batch; the worker answers with progress and one
// outcome per picture, in order, then `done`, and is terminated by the page.
import type { OcrStage } from './engine';
import type { ImageProblem } from './image-header';
import type { OcrResult } from './types';

/** Why a picture gave no lines: its bytes (image-header.ts), or the engine itself failed ('failed'). */
export type OcrProblem = ImageProblem | 'failed';

export type OcrOutcome = { ok: true; result: OcrResult } | { ok: false; problem: OcrProblem };

/** Packaged files by extension URL (the page resolves them: a worker has no runtime API). */
export interface OcrAssets {
  wasm: string;
  det: string;
  rec: string;
  keys: string;
}

export interface OcrRequest {
  assets: OcrAssets;
  files: Blob[];
}

export type OcrReply =
  | { type: 'progress'; index: number; stage: OcrStage; fraction: number }
  | { type: 'outcome'; index: number; outcome: OcrOutcome }
  | { type: 'done' };

/** Where the build puts the packaged files (wxt.config.ts), relative to the extension's root. */
export const OCR_WORKER_PATH = '/ocr/worker.js';

export const OCR_ASSET_PATHS: OcrAssets = {
  wasm: '/ocr/ort-wasm-simd-threaded.wasm',
  det: '/ocr/ch_PP-OCRv4_det_infer.onnx',
  rec: '/ocr/ch_PP-OCRv4_rec_infer.onnx',
  keys: '/ocr/ppocr_keys_v1.txt',
};

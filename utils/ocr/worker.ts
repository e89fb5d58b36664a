// The OCR worker: a dedicated module worker the extension page starts per batch (browser-client.ts),
// packaged as `ocr/worker.js` by the build (scripts/lib/ocr-build.ts). Each picture: header bounds, decode, detect,
// recognise; progress and one outcome per picture back to the page. The models load on the first
// picture that passes its checks and stay for the rest of the batch; the page terminates the
// worker when the batch ends, which frees them (≈ 300–500 MB).
import * as ort from 'onnxruntime-web/wasm';
import { decodeInWorker } from './decode-browser';
import { ocrImage, type OcrModels, type OcrStage } from './engine';
import { checkImageHeader } from './image-header';
import { loadOrtModels } from './ort-models';
import { keepFetchInPackage } from './packaged-only';
import type { OcrAssets, OcrOutcome, OcrReply, OcrRequest } from './protocol';

interface WorkerScope {
  fetch: typeof fetch;
  location: { origin: string; href: string };
  postMessage(message: OcrReply): void;
  onmessage: ((event: MessageEvent<OcrRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
keepFetchInPackage(scope);

let models: Promise<OcrModels> | undefined;

function loadModels(assets: OcrAssets): Promise<OcrModels> {
  models ??= (async () => {
    // The object form: a string prefix would make ORT import an .mjs loader that is not shipped.
    ort.env.wasm.wasmPaths = { wasm: assets.wasm };
    const keys = await (await scope.fetch(assets.keys)).text();
    return loadOrtModels(ort, { det: assets.det, rec: assets.rec, keys });
  })();
  return models;
}

async function readOne(file: Blob, assets: OcrAssets, progress: (stage: OcrStage, fraction: number) => void): Promise<OcrOutcome> {
  const check = checkImageHeader(new Uint8Array(await file.arrayBuffer()));
  if (!check.ok) return check;
  progress('loading-models', 0);
  let loaded: OcrModels;
  try {
    loaded = await loadModels(assets);
  } catch {
    models = undefined;
    return { ok: false, problem: 'failed' };
  }
  progress('loading-models', 1);
  let image;
  try {
    image = await decodeInWorker(file);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  try {
    return { ok: true, result: await ocrImage(loaded, image, progress) };
  } catch {
    return { ok: false, problem: 'failed' };
  }
}

scope.onmessage = (event) => {
  const { assets, files } = event.data;
  void (async () => {
    for (const [index, file] of files.entries()) {
      const outcome = await readOne(file, assets, (stage, fraction) => scope.postMessage({ type: 'progress', index, stage, fraction }));
      scope.postMessage({ type: 'outcome', index, outcome });
    }
    scope.postMessage({ type: 'done' });
  })();
};

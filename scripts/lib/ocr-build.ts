// Build-time bundling of the OCR worker (wxt.config.ts → `ocr/worker.js`): utils/ocr/worker.ts and
// onnxruntime-web's wasm build as one ES module, bundled as every packaged worker is (worker-build.ts);
// not through a page's `?worker&url` import also because Vite would copy the 12 MB wasm it sees
// referenced in ORT's code next to the one shipped in `ocr/`.
// As for pdf.js (pdfjs-build.ts), ORT's paths that the extension never takes are cut: its
// XMLHttpRequest reads (emscripten's, for a wasm without fetch) and its dynamic import of a loader
// script (used only for a string `wasmPaths`; the worker gives the object form). Its fetch of the
// packaged wasm and models stays, narrowed to the extension's own origin by the worker
// (utils/ocr/packaged-only.ts).
import { readFile } from 'node:fs/promises';
import { bundleWorker } from './worker-build';

const PRELUDE =
  'class OrtNoXhr${constructor(){throw new Error("onnxruntime: no synchronous reads in this extension")}}' +
  'const ortNoImport$=()=>Promise.reject(new Error("onnxruntime: loads no script"));\n';

export function ortWithoutUnusedPaths(code: string): string {
  return PRELUDE + code.replace(/\bXMLHttpRequest\b/g, 'OrtNoXhr$').replace(/\bimport\((?:\/\*[^*]*\*\/)?([\w$]+)\)/g, 'ortNoImport$($1)');
}

const isOrtFile = (path: string) => /[\\/]onnxruntime-web[\\/]dist[\\/]ort\.[\w.]*\.mjs$/.test(path);

export function ocrWorkerSource(entry = 'utils/ocr/worker.ts'): Promise<string> {
  return bundleWorker(entry, [
    {
      name: 'ort-without-unused-paths',
      setup(b) {
        b.onLoad({ filter: /onnxruntime-web[\\/]dist[\\/].*\.mjs$/ }, async (args) =>
          isOrtFile(args.path) ? { contents: ortWithoutUnusedPaths(await readFile(args.path, 'utf8')), loader: 'js' } : undefined,
        );
      },
    },
  ]);
}

// Build-time handling of pdf.js for the extension (wxt.config.ts). The extension has no network and no
// eval: pdf.js's own files still hold fetch/XMLHttpRequest (for documents given by URL, which we never
// do) and `new Function` (its PostScript compiler, off with isEvalSupported: false). Those paths are
// cut out of the shipped code (the fake-worker fallback's `import(workerSrc)` too): a global call throws
// instead, and pdf.js's methods named `fetch` (its CMap and font readers) are renamed `readFile$`
// consistently, so nothing in the package can reach the network even by mistake, and the manifest test's scan holds for these files too.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

const PRELUDE =
  'const readFile$=()=>{throw new Error("pdf.js: no network in this extension")};' +
  'class PdfjsNoXhr${constructor(){throw new Error("pdf.js: no network in this extension")}}' +
  'const pdfjsNoEval$=()=>{throw new Error("pdf.js: eval is off")};' +
  'const pdfjsNoFakeWorker$=()=>Promise.reject(new Error("pdf.js: the worker did not start"));\n';

export function withoutNetworkOrEval(code: string): string {
  return (
    PRELUDE +
    code
      .replace(/\bfetch\(/g, 'readFile$(')
      .replace(/\bXMLHttpRequest\b/g, 'PdfjsNoXhr$')
      .replace(/new Function\(/g, 'pdfjsNoEval$(')
      // The "fake worker" fallback imports the worker script by a variable URL (a packaged file,
      // but Mozilla's linter cannot know that): the extension always starts the real worker.
      .replace(/\bimport\((?:\/\*[^*]*\*\/)?this\.workerSrc\)/g, 'pdfjsNoFakeWorker$()')
  );
}

/** pdf.js's module files, by path, that the transform applies to. */
export const isPdfjsFile = (id: string): boolean =>
  /[\\/]pdfjs-dist[\\/](?:legacy[\\/])?build[\\/]pdf(?:\.worker)?(?:\.min)?\.mjs$/.test(id);

/** The worker as the extension ships it. */
export const workerSource = (): string => withoutNetworkOrEval(readFileSync(join(pdfjsRoot, 'build/pdf.worker.min.mjs'), 'utf8'));

/** The Chinese (GB) character maps and the Adobe-GB1 → Unicode map, base64, as a JS module. */
export function cjkCMapsModule(): string {
  const dir = join(pdfjsRoot, 'cmaps');
  const names = readdirSync(dir).filter((f) => /GB/.test(f) && f.endsWith('.bcmap'));
  const entries = names.map(
    (f) => `${JSON.stringify(f.replace(/\.bcmap$/, ''))}:${JSON.stringify(readFileSync(join(dir, f)).toString('base64'))}`,
  );
  return `export const CMAPS={${entries.join(',')}};`;
}

// pdf.js for the Node tools (extract, bench, unit tests): its legacy build, the worker run in-process,
// eval off, and the CJK character maps and standard fonts read from node_modules.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfDocument, PdfLoader } from '../../utils/report/pdf-lines';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('pdfjs-dist/package.json'));

export async function nodePdfLoader(): Promise<PdfLoader> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(root, 'legacy/build/pdf.worker.mjs')).href;
  return {
    open: (data) =>
      pdfjs.getDocument({
        // pdf.js takes the buffer over: give it a copy.
        data: new Uint8Array(data),
        cMapUrl: join(root, 'cmaps') + '/',
        cMapPacked: true,
        standardFontDataUrl: join(root, 'standard_fonts') + '/',
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        verbosity: 0,
      }).promise as Promise<PdfDocument>,
  };
}

// pdf.js on the options page (loaded only by the report import, as its own lazy chunk). The worker is
// a file packaged with the extension (pdfjs/pdf.worker.js, no remote code), eval is off, and the
// Chinese character maps come from a bundled chunk: nothing is fetched, from the network or from the
// package. The build (wxt.config.ts, scripts/lib/pdfjs-build.ts) cuts pdf.js's network and eval
// paths out of both files, and renames its `fetch` methods to `readFile$`, the name used below.
import { browser } from 'wxt/browser';
import * as pdfjs from 'pdfjs-dist';
import type { PdfDocument, PdfLoader } from './pdf-lines';

/** Hands pdf.js the CJK character maps it asks for, from the bundled chunk. */
class BundledCMapReader {
  async readFile$({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    const { CMAPS } = await import('virtual:pdf-cjk-cmaps');
    const data = CMAPS[name];
    if (data === undefined) throw new Error(`No character map ${name}`);
    return { cMapData: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)), isCompressed: true };
  }
}

let worker: Worker | undefined;

export function browserPdfLoader(): PdfLoader {
  return {
    open: (data) => {
      // A file WXT does not know of (it is added by the build hook): getURL's typed paths leave it out.
      worker ??= new Worker((browser.runtime.getURL as (path: string) => string)('/pdfjs/pdf.worker.js'), { type: 'module' });
      pdfjs.GlobalWorkerOptions.workerPort = worker;
      return pdfjs.getDocument({
        data,
        isEvalSupported: false,
        useWorkerFetch: false,
        CMapReaderFactory: BundledCMapReader as never,
        cMapUrl: 'bundled:',
        cMapPacked: true,
        disableFontFace: true,
        useSystemFonts: false,
        stopAtErrors: false,
        verbosity: 0,
      }).promise as Promise<PdfDocument>;
    },
    // Over a budget or cancelled: pdf.js may be deep in a page; the worker goes, memory with it.
    stop: () => {
      worker?.terminate();
      worker = undefined;
    },
  };
}

// A worker script packaged with the extension (the build adds it: wxt.config.ts, scripts/lib/worker-build.ts),
// started by its extension URL as a module worker. Chromium and Firefox both take this form; no
// remote code, no blob: URL.
import { browser } from 'wxt/browser';

/** A packaged file's extension URL. Files WXT does not know of (a build hook adds them): getURL's typed paths leave them out. */
export const packagedUrl = (path: string): string => (browser.runtime.getURL as (path: string) => string)(path);

/** Starts the packaged worker at `path` (e.g. `/bills/worker.js`). */
export const startPackagedWorker = (path: string): Worker => new Worker(packagedUrl(path), { type: 'module' });

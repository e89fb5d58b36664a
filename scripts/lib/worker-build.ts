// Build-time bundling of the extension's dedicated workers (wxt.config.ts's `build:publicAssets`): a
// worker's entry and everything it imports as one minified ES module at a fixed packaged path, which
// an extension page starts by its extension URL (utils/workers/packaged.ts) in Chromium and Firefox
// alike. Bundled with esbuild rather than through a page's `?worker&url` import so the worker exists
// whichever page starts it, and so a worker's build can rewrite its libraries (ocr-build.ts).
import { build, type Plugin } from 'esbuild';

export async function bundleWorker(entry: string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    // node_modules may be a link to another checkout (worktrees): resolve inside this one.
    preserveSymlinks: true,
    plugins,
  });
  return result.outputFiles[0]!.text;
}

/** The bill worker (utils/bills/worker.ts → `bills/worker.js`, utils/bills/worker-protocol.ts → BILL_WORKER_PATH). */
export const billWorkerSource = (): Promise<string> => bundleWorker('utils/bills/worker.ts');

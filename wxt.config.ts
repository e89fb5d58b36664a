import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import { privacyPage } from './scripts/lib/privacy-page';
import { zodNoEval } from './scripts/lib/zod-no-eval';
import { demoLenderMatches } from './scripts/demo/lenders';
import { adapterMatches } from './utils/adapters/registry';
import { ocrPublicFiles } from './scripts/lib/ocr-assets';
import { ocrWorkerSource } from './scripts/lib/ocr-build';
import { billWorkerSource } from './scripts/lib/worker-build';
import { cjkCMapsModule, isPdfjsFile, withoutNetworkOrEval, workerSource } from './scripts/lib/pdfjs-build';

const require = createRequire(import.meta.url);

// No content script is declared or registered: once a tab's page has finished loading (so the
// extension adds nothing to page loads) the background injects the one script that page needs —
// lenders.js or credit-report.js on a built-in adapter's pages (host permissions below, from the
// adapter registry), content.js on a site the person granted (optional host permission); picker.js
// only when asked. See utils/site-routing.ts and utils/sites.ts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox also gets MV3 (optional_host_permissions, scripting.executeScript).
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'notifications'],
    // The built-in adapters' pages. Without them the background would neither see these tabs' URLs
    // (tabs.onUpdated hides them without a host permission) nor be allowed to inject there.
    // `wxt build --mode demo` (npm start's tour, the browser tests) also pre-grants the loopback demo
    // site and the demo's invented lenders (reserved .example hosts, scripts/demo/lenders.ts),
    // because no automation can click Chrome's permission prompt. Production never has them.
    host_permissions: [...adapterMatches(), ...(mode === 'demo' ? ['http://127.0.0.1/*', ...demoLenderMatches()] : [])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // On-device OCR of screenshots (utils/ocr/worker.ts) runs onnxruntime-web's WebAssembly: MV3
    // extension pages must allow compiling it explicitly. Scripts stay the extension's own files.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'limit-sentinel@limit-sentinel.invalid',
              // data_collection_permissions needs Firefox 140 (Firefox for Android 142); every
              // other key is older. `web-ext lint` (npm test) checks each key against these.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run zip`: the Chrome and Firefox packages and, for addons.mozilla.org, the sources that
  // rebuild them (SOURCES.md). WXT already leaves out dotfiles, node_modules, .output and *.test.*;
  // the tests, their fixtures and the dev-only tools are left out too (scripts/check-packages.ts).
  zip: {
    excludeSources: ['tests/**', 'scripts/**', 'store/**', 'shots/**', 'bench-out/**', '**/*.log', '**/*.map'],
    includeSources: [
      'scripts/lib/zod-no-eval.ts',
      'scripts/lib/pdfjs-build.ts',
      'scripts/lib/privacy-page.ts',
      'scripts/lib/worker-build.ts',
      'scripts/lib/ocr-build.ts',
      'scripts/lib/ocr-assets.ts',
    ],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [
      zodNoEval(),
      {
        // pdf.js for the options page's report import: its network and eval paths cut out, and the
        // CJK character maps as a chunk of their own (scripts/lib/pdfjs-build.ts).
        name: 'limit-sentinel:pdfjs',
        resolveId: (id: string) => (id === 'virtual:pdf-cjk-cmaps' ? '\0virtual:pdf-cjk-cmaps' : undefined),
        load: (id: string) => (id === '\0virtual:pdf-cjk-cmaps' ? cjkCMapsModule() : undefined),
        transform: (code: string, id: string) => (isPdfjsFile(id) ? { code: withoutNetworkOrEval(code), map: null } : undefined),
      },
    ],
    // No modulepreload polyfill: it would put a fetch() into the popup (for its own files, but still).
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The pdf.js worker, a packaged file the options page starts (utils/report/pdf-browser.ts), the
    // OCR worker's files (utils/ocr/protocol.ts → OCR_ASSET_PATHS) and the bill worker.
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: 'pdfjs/pdf.worker.js', contents: workerSource() });
      // The OCR worker (scripts/lib/ocr-build.ts), and its models, key list and onnxruntime's wasm,
      // copied from node_modules (not committed).
      files.push(...ocrPublicFiles(), { relativeDest: 'ocr/worker.js', contents: await ocrWorkerSource() });
      // Bill CSVs are parsed off the options page's thread (utils/bills/worker.ts → BILL_WORKER_PATH).
      files.push({ relativeDest: 'bills/worker.js', contents: await billWorkerSource() });
      // PRIVACY.md as a page the options page links to (scripts/lib/privacy-page.ts).
      files.push({ relativeDest: 'privacy.html', contents: privacyPage() });
    },
    // Every content script is `registration: 'runtime'`; WXT still writes an empty list.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!manifest.content_scripts?.length) delete manifest.content_scripts;
    },
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      // The content scripts and the extension pages (popup, options, the dashboard) use the browser's native promise API (WXT's plain
      // `wxt/browser`: Chrome MV3 and Firefox both return promises for the few calls they make)
      // instead of webextension-polyfill: that keeps ~10 kB out of the bundle that runs on every
      // lending page and out of the popup, whose first paint waits on its script. The background
      // keeps the polyfill.
      // The dashboard is an unlisted page, built with the popup and options pages.
      const lean = entrypoints.every(
        (e) => e.type === 'content-script' || e.type === 'popup' || e.type === 'options' || e.type === 'unlisted-page',
      );
      if (!lean) return;
      const alias = viteConfig.resolve?.alias;
      const plain = { find: /^wxt\/browser$/, replacement: require.resolve('wxt/browser') };
      viteConfig.resolve = {
        ...viteConfig.resolve,
        alias: Array.isArray(alias)
          ? [plain, ...alias]
          : [plain, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))],
      };
      // esbuild's minifier packs the popup (Preact, dictionaries) ~10 % smaller than the default
      // one; for the content scripts the default is smaller, so only the extension pages switch.
      if (entrypoints.some((e) => e.type === 'popup' || e.type === 'options' || e.type === 'unlisted-page'))
        viteConfig.build = { ...viteConfig.build, minify: 'esbuild' };
    },
  },
});

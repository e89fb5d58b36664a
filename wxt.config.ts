import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);

// Known lender pages are declared as content-script matches (entrypoints/content.ts takes them from
// the adapter registry); any other site is read only after the person grants it (optional host
// permission + a content script registered at run time).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox also gets MV3 (optional_host_permissions, scripting.registerContentScripts).
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // `wxt build --mode demo` (npm start's headless tour, the browser tests) pre-grants the loopback
    // demo site, because no automation can click Chrome's permission prompt. Production never has it.
    ...(mode === 'demo' && { host_permissions: ['http://127.0.0.1/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'limit-sentinel@limit-sentinel.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // No modulepreload polyfill: it would put a fetch() into the popup (for its own files, but still).
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      // The content script only sends one message, so it uses the browser's native promise API
      // (WXT's plain `wxt/browser`) instead of webextension-polyfill: that keeps ~10 kB out of the
      // bundle that runs on every lending page. Background and extension pages keep the polyfill.
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = viteConfig.resolve?.alias;
      const plain = { find: /^wxt\/browser$/, replacement: require.resolve('wxt/browser') };
      viteConfig.resolve = { ...viteConfig.resolve, alias: Array.isArray(alias) ? [plain, ...alias] : [plain, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))] };
    },
  },
});

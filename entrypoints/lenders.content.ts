// The lenders' page adapters (built as content-scripts/lenders.js): injected by the background after
// the page finished loading, only on pages a built-in adapter's patterns cover (utils/sites.ts
// scriptFor). It reads the page with that adapter and sends what it found; it never opens any
// storage. Sites the person tracks get content.js (the generic reader) instead.
import { lenderAdapters } from '@/utils/adapters/lender-registry';
import { watchCapture } from '@/utils/capture/watch';
import { pickAdapter } from '@/utils/adapters/pick';
import type { ExtractionResult } from '@/utils/model/types';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The same marker as content.ts: the background's probe asks for any running copy of ours. */
const RUNNING = Symbol.for('limit-sentinel.content');

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    (globalThis as { [RUNNING]?: ContentScriptContext })[RUNNING] = ctx;

    const watcher = watchCapture({
      doc: document,
      currentUrl: () => location.href,
      // The page can change under an SPA route: the adapter is chosen again at every read.
      extract: (doc, url): ExtractionResult => {
        const adapter = pickAdapter(url, lenderAdapters);
        return adapter ? { adapter: adapter.id, ...adapter.extract(doc, url) } : { adapter: 'none', observations: [], events: [] };
      },
      send: (url, result) => {
        browser.runtime.sendMessage({ type: 'cs:capture', url, result }).catch(() => undefined);
      },
      timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.restart());
    ctx.onInvalidated(() => watcher.stop());
  },
});

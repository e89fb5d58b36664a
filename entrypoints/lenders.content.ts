// The lenders' page adapters (built as content-scripts/lenders.js): injected by the background after
// the page finished loading, only on pages a built-in adapter's patterns cover (utils/site-routing.ts
// scriptFor). It reads the page with that adapter and sends what it found; it never opens any
// storage. Sites the person tracks get content.js (the generic reader) instead.
import { lenderAdapters } from '../utils/adapters/lender-registry';
import { pickAdapter } from '../utils/adapters/pick';
import { renewWhileHidden } from '../utils/capture/reveal';
import { startCapture } from '../utils/capture/start';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The page can change under an SPA route: the adapter is chosen again at every read.
    const watcher = startCapture(ctx, (doc, url) => {
      const adapter = pickAdapter(url, lenderAdapters);
      return adapter ? { adapter: adapter.id, ...adapter.extract(doc, url) } : { adapter: 'none', observations: [], events: [] };
    });
    // 花呗 shows its amounts only after a click on 显示: while the page hides them, keep watching.
    renewWhileHidden(watcher, {
      awaiting: () => pickAdapter(new URL(location.href), lenderAdapters)?.awaitingReveal?.(document) === true,
      timers: { setInterval: (fn, ms) => ctx.setInterval(fn, ms), clearInterval: (id) => clearInterval(id) },
    });
  },
});

// The lenders' page adapters (built as content-scripts/lenders.js): injected by the background after
// the page finished loading, only on pages a built-in adapter's patterns cover (utils/sites.ts
// scriptFor). It reads the page with that adapter and sends what it found; it never opens any
// storage. Sites the person tracks get content.js (the generic reader) instead.
import { lenderAdapters } from '@/utils/adapters/lender-registry';
import { pickAdapter } from '@/utils/adapters/pick';
import { startCapture } from '@/utils/capture/start';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The page can change under an SPA route: the adapter is chosen again at every read.
    // A page that hides its values until a click (花呗's 显示) is watched until they are shown.
    startCapture(
      ctx,
      (doc, url) => {
        const adapter = pickAdapter(url, lenderAdapters);
        return adapter ? { adapter: adapter.id, ...adapter.extract(doc, url) } : { adapter: 'none', observations: [], events: [] };
      },
      [],
      (doc, url) => pickAdapter(url, lenderAdapters)?.awaitingReveal?.(doc) === true,
    );
  },
});

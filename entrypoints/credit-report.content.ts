// The credit report's own content script (built as content-scripts/credit-report.js): the report
// adapter is too big to ship in content.js, which every other enabled page receives. Injected the
// same way, by the background, after the page finished loading, only on the report's pages
// (utils/sites.ts scriptFor). It reads the page and sends what it found; it never opens any storage.
import { pbocCreditReport } from '@/utils/adapters/pboc-credit-report';
import { watchCapture } from '@/utils/capture/watch';
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
      // The background injects this only where the adapter's patterns cover the page (and refuses a
      // capture they do not cover); extract/run.ts would also pull the generic extractor in.
      extract: (doc, url) => ({ adapter: pbocCreditReport.id, ...pbocCreditReport.extract(doc, url) }),
      send: (url, result) => {
        browser.runtime.sendMessage({ type: 'cs:capture', url, result }).catch(() => undefined);
      },
      timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.restart());
    ctx.onInvalidated(() => watcher.stop());
  },
});

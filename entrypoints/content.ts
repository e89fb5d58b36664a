// Injected by the background into a tab's top frame once the page has finished loading, on the
// built-in adapters' pages and on sites the person tracks (utils/sites.ts). It is not declared in the
// manifest nor registered, so the browser adds nothing to any page load. It reads the page and sends
// what it found; it never opens any storage.
// Only the adapters bundled here: the credit report has its own script (credit-report.content.ts).
import { contentAdapters } from '@/utils/adapters/content-registry';
import { watchCapture } from '@/utils/capture/watch';
import { captureFromDocument } from '@/utils/extract/run';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The running copy's context, on this extension's isolated world of the document. */
const RUNNING = Symbol.for('limit-sentinel.content');

export default defineContentScript({
  registration: 'runtime',
  // WXT would also announce each start to the page with window.postMessage (naming the extension).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The background asks this before injecting (utils/sites.ts contentScriptRunning), so a
    // document gets one running copy however often its tab reports "complete".
    (globalThis as { [RUNNING]?: ContentScriptContext })[RUNNING] = ctx;

    const watcher = watchCapture({
      doc: document,
      currentUrl: () => location.href,
      extract: (doc, url) => captureFromDocument(doc, url, contentAdapters),
      send: (url, result) => {
        browser.runtime.sendMessage({ type: 'cs:capture', url, result }).catch(() => undefined);
      },
      timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.restart());
    ctx.onInvalidated(() => watcher.stop());
  },
});

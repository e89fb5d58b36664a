// Injected by the background into a tab's top frame once the page has finished loading, on sites
// the person tracks (utils/sites.ts); the built-in adapters' pages get lenders.js or
// credit-report.js instead. It is not declared in the manifest nor registered, so the browser adds
// nothing to any page load. It reads the page with the values the person picked there and the
// generic label reader, and sends what it found; it never opens any storage.
import { watchCapture } from '@/utils/capture/watch';
import { extractGeneric } from '@/utils/extract/generic';
import { RULES_CHANGED, RULES_KEY, withSiteRules, type SiteRule } from '@/utils/picker/site-rules';
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
      // Values the person picked on this site first (utils/picker), left here by the background.
      extract: (doc, url) => withSiteRules(doc, (globalThis as { [RULES_KEY]?: SiteRule[] })[RULES_KEY], { adapter: 'generic', ...extractGeneric(doc, url) }),
      send: (url, result) => {
        browser.runtime.sendMessage({ type: 'cs:capture', url, result }).catch(() => undefined);
      },
      timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.restart());
    ctx.addEventListener(window, RULES_CHANGED, () => watcher.restart());
    ctx.onInvalidated(() => watcher.stop());
  },
});

// Runs on the built-in adapters' pages (manifest) and on sites the person tracks (registered at
// run time). It reads the page and sends what it found; it never opens any storage.
import { adapterMatches, adapters } from '@/utils/adapters/registry';
import { watchCapture } from '@/utils/capture/watch';
import { captureFromDocument } from '@/utils/extract/run';

export default defineContentScript({
  matches: adapterMatches(),
  runAt: 'document_idle',
  main(ctx) {
    const watcher = watchCapture({
      doc: document,
      currentUrl: () => location.href,
      extract: (doc, url) => captureFromDocument(doc, url, adapters),
      send: (url, result) => {
        browser.runtime.sendMessage({ type: 'cs:capture', url, result }).catch(() => undefined);
      },
      timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.restart());
    ctx.onInvalidated(() => watcher.stop());
  },
});

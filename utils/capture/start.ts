// What every capturing content script does once injected (content.js, lenders.js,
// credit-report.js): mark the document as having a running copy, watch the page and send what
// `extract` reads to the background, follow SPA navigations (and `restartOn` events), and stop with
// the script's context. Only the extraction differs between them.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractionResult } from '../model/types';
import { watchCapture, type Watcher } from './watch';

/** The running copy's context, which the background's probe looks for (utils/sites.ts contentScriptRunning). */
const RUNNING = Symbol.for('limit-sentinel.content');

export function startCapture(
  ctx: ContentScriptContext,
  extract: (doc: Document, url: URL) => ExtractionResult,
  restartOn: readonly string[] = [],
): Watcher {
  // One running copy per document however often its tab reports "complete": a document stays on
  // one origin, so one marker serves every bundle.
  (globalThis as { [RUNNING]?: ContentScriptContext })[RUNNING] = ctx;
  const watcher = watchCapture({
    doc: document,
    currentUrl: () => location.href,
    extract,
    send: (url, result) => {
      browser.runtime.sendMessage({ type: 'cs:capture', url, result }).catch(() => undefined);
    },
    timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
  });
  for (const event of ['wxt:locationchange', ...restartOn])
    ctx.addEventListener(window, event as 'wxt:locationchange', () => watcher.restart());
  ctx.onInvalidated(() => watcher.stop());
  return watcher;
}

// Late-rendering pages fill their numbers after load (XHR, clicks, SPA routes). We watch DOM changes
// for a bounded time, extract once they settle, and send only when the result changed.
import type { ExtractionResult } from '../model/types';

export interface WatchOptions {
  doc: Document;
  currentUrl: () => string;
  extract: (doc: Document, url: URL) => ExtractionResult;
  send: (url: string, result: ExtractionResult) => void;
  /** Timers that die with the content script (WXT's `ctx`) in the extension; globals elsewhere. */
  timers?: { setTimeout: (fn: () => void, ms: number) => number; clearTimeout: (id: number) => void };
  MutationObserver?: typeof MutationObserver;
  /** Quiet time after the last change before we read the page. */
  settleMs?: number;
  /** Read anyway after this long even if the page never stops changing (a ticking clock). */
  maxWaitMs?: number;
  /** How long after load / a navigation we keep watching. */
  windowMs?: number;
}

export interface Watcher {
  restart(): void;
  stop(): void;
  /** Extract now (tests, and the end of the watch window). */
  flush(): void;
}

export function watchCapture(o: WatchOptions): Watcher {
  const timers = o.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) };
  const settleMs = o.settleMs ?? 600;
  const maxWaitMs = o.maxWaitMs ?? 3000;
  const windowMs = o.windowMs ?? 20_000;
  let lastSent = '';
  let settleTimer: number | undefined;
  let firstPending: number | undefined;
  let windowTimer: number | undefined;
  let stopped = false;

  const flush = () => {
    if (settleTimer !== undefined) timers.clearTimeout(settleTimer);
    settleTimer = firstPending = undefined;
    if (stopped) return;
    const href = o.currentUrl();
    const result = o.extract(o.doc, new URL(href));
    if (!result.observations.length && !result.events.length) return;
    const key = href + '\n' + JSON.stringify(result);
    if (key === lastSent) return;
    lastSent = key;
    o.send(href, result);
  };

  const schedule = () => {
    const now = Date.now();
    firstPending ??= now;
    if (settleTimer !== undefined) timers.clearTimeout(settleTimer);
    const wait = Math.min(settleMs, Math.max(0, firstPending + maxWaitMs - now));
    settleTimer = timers.setTimeout(flush, wait);
  };

  const Observer = o.MutationObserver ?? globalThis.MutationObserver;
  const observer = new Observer(schedule);
  const watch = () => {
    observer.disconnect();
    observer.observe(o.doc.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['value', 'class', 'disabled', 'hidden', 'style'],
    });
    if (windowTimer !== undefined) timers.clearTimeout(windowTimer);
    windowTimer = timers.setTimeout(() => {
      observer.disconnect();
      flush();
    }, windowMs);
    schedule();
  };

  watch();
  return {
    restart: () => {
      if (!stopped) watch();
    },
    stop: () => {
      stopped = true;
      observer.disconnect();
      if (settleTimer !== undefined) timers.clearTimeout(settleTimer);
      if (windowTimer !== undefined) timers.clearTimeout(windowTimer);
    },
    flush,
  };
}

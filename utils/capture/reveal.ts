// Pages that hide their values until the person asks: the Alipay portal shows 花呗's amounts as
// `**.**` until 显示 is clicked, which may be long after the page loaded, when the watcher's window
// (watch.ts) has closed. While the page still hides them, the watch is renewed, so the values are
// read once shown; it ends when they show or after `forMs`. Only lenders.js carries this.
import type { Watcher } from './watch';

export interface RevealOptions {
  /** True while the page hides values a click would show (Adapter.awaitingReveal). */
  awaiting: () => boolean;
  timers: { setInterval: (fn: () => void, ms: number) => number; clearInterval: (id: number) => void };
  /** How often the page is looked at (each renewal reads it once more). */
  everyMs?: number;
  /** How long after the start the watch may be renewed. */
  forMs?: number;
}

export function renewWhileHidden(watcher: Pick<Watcher, 'restart'>, o: RevealOptions): () => void {
  const everyMs = o.everyMs ?? 15_000;
  let left = Math.ceil((o.forMs ?? 30 * 60_000) / everyMs);
  const id = o.timers.setInterval(() => {
    if (--left < 0 || !o.awaiting()) return stop();
    watcher.restart();
  }, everyMs);
  const stop = () => o.timers.clearInterval(id);
  return stop;
}

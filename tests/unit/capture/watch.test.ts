// The late-render watcher: reads once the page settles, sends only changes, stops when told to.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchCapture } from '../../../utils/capture/watch';
import type { ExtractionResult } from '../../../utils/model/types';

function page(html: string) {
  const { document, MutationObserver } = parseHTML(html) as unknown as {
    document: Document;
    MutationObserver: typeof globalThis.MutationObserver;
  };
  return { doc: document, MutationObserver };
}

/** A stand-in extractor: the number in #limit, if any. */
const extract = (doc: Document): ExtractionResult => {
  const n = Number(doc.getElementById('limit')?.textContent || NaN);
  return { adapter: 'generic', observations: Number.isFinite(n) ? [{ totalLimit: n, status: 'unknown' }] : [], events: [] };
};

const flushMutations = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchCapture', () => {
  it('sends once values appear and settle, and never repeats an unchanged result', async () => {
    const { doc, MutationObserver } = page('<html><body><div id="card">加载中…</div></body></html>');
    const sent: ExtractionResult[] = [];
    const w = watchCapture({
      doc,
      MutationObserver,
      currentUrl: () => 'https://h5.example/',
      extract,
      send: (_u, r) => sent.push(r),
      settleMs: 500,
    });
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([]); // nothing on the page yet
    doc.getElementById('card')!.textContent = '';
    const span = doc.createElement('span');
    span.id = 'limit';
    span.textContent = '50000';
    doc.getElementById('card')!.appendChild(span);
    await flushMutations();
    await vi.advanceTimersByTimeAsync(600);
    expect(sent.map((r) => r.observations[0]?.totalLimit)).toEqual([50000]);
    span.setAttribute('class', 'x'); // a change that does not change the values
    await flushMutations();
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toHaveLength(1);
    span.textContent = '20000';
    await flushMutations();
    await vi.advanceTimersByTimeAsync(600);
    expect(sent.map((r) => r.observations[0]?.totalLimit)).toEqual([50000, 20000]);
    w.stop();
  });

  it('reads a page that never stops changing after maxWait', async () => {
    const { doc, MutationObserver } = page('<html><body><b id="limit">100</b><i id="clock">0</i></body></html>');
    const sent: ExtractionResult[] = [];
    const w = watchCapture({
      doc,
      MutationObserver,
      currentUrl: () => 'https://h5.example/',
      extract,
      send: (_u, r) => sent.push(r),
      settleMs: 500,
      maxWaitMs: 2000,
    });
    for (let t = 0; t < 30; t++) {
      doc.getElementById('clock')!.textContent = String(t);
      await flushMutations();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(sent).toHaveLength(1);
    w.stop();
  });

  it('does nothing after stop (the tab went away)', async () => {
    const { doc, MutationObserver } = page('<html><body><b id="limit">100</b></body></html>');
    const send = vi.fn();
    const w = watchCapture({ doc, MutationObserver, currentUrl: () => 'https://h5.example/', extract, send, settleMs: 500 });
    w.stop();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(send).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads again after an SPA navigation', async () => {
    const { doc, MutationObserver } = page('<html><body><b id="limit">100</b></body></html>');
    let href = 'https://h5.example/a';
    const urls: string[] = [];
    const w = watchCapture({
      doc,
      MutationObserver,
      currentUrl: () => href,
      extract,
      send: (u) => urls.push(u),
      settleMs: 500,
      windowMs: 5000,
    });
    await vi.advanceTimersByTimeAsync(6000);
    href = 'https://h5.example/b';
    w.restart();
    await vi.advanceTimersByTimeAsync(600);
    expect(urls).toEqual(['https://h5.example/a', 'https://h5.example/b']);
    w.stop();
  });
});

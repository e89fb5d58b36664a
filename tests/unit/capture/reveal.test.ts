// 花呗 on the Alipay portal as served: both amounts read `**.**` until the person clicks 显示, which
// may be long after the page loaded. The watcher keeps watching such a page past its window and
// records the values once the page fills them in, and nothing while they are masked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { alipayHuabei } from '../../../utils/adapters/alipay-huabei';
import { renewWhileHidden } from '../../../utils/capture/reveal';
import { watchCapture, type WatchOptions } from '../../../utils/capture/watch';
import type { ExtractionResult } from '../../../utils/model/types';

const PAGE = readFileSync(join(__dirname, '../../fixtures/pages/alipay-huabei-served-masked.html'), 'utf8');
const URL_ = 'https://my.alipay.com/portal/i.htm';

function served() {
  const { document, MutationObserver } = parseHTML(PAGE) as unknown as {
    document: Document;
    MutationObserver: typeof globalThis.MutationObserver;
  };
  return { doc: document, MutationObserver };
}

/** What the portal's script does on a click on 显示: the toggle's class, then the amounts. */
function clickShow(doc: Document, available: string, total: string) {
  doc.getElementById('showHuabeiAmount')!.setAttribute('class', 'show-amount fn-left fn-ml-10');
  const [intA, fenA] = available.split('.');
  const [intT, fenT] = total.split('.');
  setAmount(doc.querySelector('#available-amount-container strong')!, intA!, `.${fenA}`);
  setAmount(doc.querySelector('#credit-amount-container strong')!, intT!, `.${fenT}`);
}

/** `<strong>7,320<span class="fen">.45</span></strong>`, as the portal draws an amount (or the mask). */
function setAmount(strong: Element, int: string, fen: string) {
  strong.textContent = int;
  const span = strong.ownerDocument.createElement('span');
  span.setAttribute('class', 'fen');
  span.textContent = fen;
  strong.appendChild(span);
}

const flushMutations = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** The watch as lenders.js runs it on the portal: renewed while the amounts are hidden (unless `renew` is false). */
function watch(doc: Document, MO: typeof globalThis.MutationObserver, { renew = true, forMs }: { renew?: boolean; forMs?: number } = {}) {
  const sent: ExtractionResult[] = [];
  const options: WatchOptions = {
    doc,
    MutationObserver: MO,
    currentUrl: () => URL_,
    extract: (d, u) => ({ adapter: alipayHuabei.id, ...alipayHuabei.extract(d, u) }),
    send: (_u, r) => sent.push(r),
    settleMs: 500,
    windowMs: 20_000,
  };
  const watcher = watchCapture(options);
  const stopRenewing = renew
    ? renewWhileHidden(watcher, {
        awaiting: () => alipayHuabei.awaitingReveal!(doc),
        timers: { setInterval: (fn, ms) => setInterval(fn, ms) as unknown as number, clearInterval: (id) => clearInterval(id) },
        ...(forMs !== undefined && { forMs }),
      })
    : () => undefined;
  return { sent, w: { stop: () => (stopRenewing(), watcher.stop()) } };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('click-to-reveal on the Alipay portal', () => {
  it('is awaiting while masked, not once revealed', () => {
    const { doc } = served();
    expect(alipayHuabei.awaitingReveal!(doc)).toBe(true);
    clickShow(doc, '7,320.45', '12,000.00');
    expect(alipayHuabei.awaitingReveal!(doc)).toBe(false);
  });

  it('records nothing while masked, then the values once the person clicks 显示 minutes later', async () => {
    const { doc, MutationObserver } = served();
    const { sent, w } = watch(doc, MutationObserver);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(sent).toEqual([]);
    clickShow(doc, '7,320.45', '12,000.00');
    await flushMutations();
    await vi.advanceTimersByTimeAsync(600);
    expect(sent.map((r) => r.observations.map((o) => [o.totalLimit, o.availableLimit]))).toEqual([[[12000, 7320.45]]]);
    // Shown: the watch is no longer renewed and ends with its window (no timer left, later changes
    // are not read).
    await vi.advanceTimersByTimeAsync(40_000);
    expect(vi.getTimerCount()).toBe(0);
    clickShow(doc, '1.00', '2.00');
    await flushMutations();
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toHaveLength(1);
    w.stop();
  });

  it('misses a late click without the reveal watch (what the option is for)', async () => {
    const { doc, MutationObserver } = served();
    const { sent, w } = watch(doc, MutationObserver, { renew: false });
    await vi.advanceTimersByTimeAsync(60_000);
    clickShow(doc, '7,320.45', '12,000.00');
    await flushMutations();
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([]);
    w.stop();
  });

  it('gives up after the reveal window', async () => {
    const { doc, MutationObserver } = served();
    const { sent, w } = watch(doc, MutationObserver, { forMs: 10 * 60_000 });
    await vi.advanceTimersByTimeAsync(10 * 60_000 + 40_000);
    expect(vi.getTimerCount()).toBe(0);
    clickShow(doc, '7,320.45', '12,000.00');
    await flushMutations();
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([]);
    w.stop();
  });

  it('hides again: nothing new is recorded for the masks', async () => {
    const { doc, MutationObserver } = served();
    const { sent, w } = watch(doc, MutationObserver);
    clickShow(doc, '7,320.45', '12,000.00');
    await flushMutations();
    await vi.advanceTimersByTimeAsync(600);
    for (const s of Array.from(doc.querySelectorAll('.huabei-amount-container strong'))) setAmount(s, '', '**.**');
    await flushMutations();
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toHaveLength(1);
    w.stop();
  });
});

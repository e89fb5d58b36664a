import type { ExtractedEvent, ExtractedObservation, Source } from '../model/types';

/**
 * A built-in lender adapter: mostly data (where the page keeps its numbers), with a function only
 * where data is not enough. One file per adapter, named by its id; listed once: in
 * `lender-registry.ts` (a lenders' page, bundled into lenders.js), or in `registry.ts` (an adapter
 * with a script of its own). `registry.ts` gathers both; the manifest's host permissions and the
 * background's injection derive from it. The README's table is written by hand;
 * tests/unit/adapters/registry.test.ts checks that it names every id with its match patterns.
 */
export interface Adapter {
  /** Stable id, also the file name and the fixture prefix (`tests/fixtures/pages/<id>-*.html`). */
  id: string;
  name: { zh: string; en: string };
  /** WebExtension match patterns of the pages it reads. */
  matches: string[];
  /** A page where the person can see this account (for docs and reminders). */
  home: string;
  /** How its records are labelled in the history (`page` unless it reads a credit report). */
  source?: Extract<Source, 'page' | 'credit-report'>;
  /**
   * The content script that carries it, built from `entrypoints/<bundle>.content.ts`: `lenders` for
   * the lenders' pages (listed in `lender-registry.ts`), or a script of its own for an adapter too
   * big to share one (the credit report). content.js, which tracked sites get, carries no adapter.
   */
  bundle: string;
  extract(doc: Document, url: URL): { observations: ExtractedObservation[]; events: ExtractedEvent[] };
  /**
   * True while the page hides its values until the person asks (花呗's `**.**` until 显示 is
   * clicked): the content script then keeps watching the page past its usual window.
   */
  awaitingReveal?(doc: Document): boolean;
}

// What the page adapters' mutation tests share: loading a fixture, its text nodes, the odd spaces
// pages put around texts, random damage, the check that a capture passes the message and history schemas, and the
// property that padding texts with such spaces changes nothing.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { adapters } from '../../../../utils/adapters/registry';
import { captureToRecords, type RecordBatch } from '../../../../utils/capture/to-records';
import { captureFromDocument } from '../../../../utils/capture/from-document';
import { contentMessageSchema } from '../../../../utils/messaging/protocol-schema';
import { accountSchema, eventSchema, observationSchema } from '../../../../utils/model/history-schema';
import type { ExtractionResult } from '../../../../utils/model/types';

export const NOW = new Date('2026-11-23T08:00:00.000Z');
export const SPACES = ['\u00a0', '\u3000', '\u2009', ' ', '\u00a0\u00a0'];
export const load = (html: string) => parseHTML(html).document as unknown as Document;

export function textNodes(node: Node, out: Node[] = []): Node[] {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.push(child);
    else if (child.nodeType === 1) textNodes(child, out);
  }
  return out;
}

/** The capture is a valid message, and every record it makes passes the history's schemas. */
export function checkRecords(result: ExtractionResult, url: URL): RecordBatch {
  expect(contentMessageSchema.safeParse({ type: 'cs:capture', url: url.href, result }).success).toBe(true);
  const batch = captureToRecords(result, url, NOW, adapters);
  expect(batch).toBeDefined();
  for (const a of batch!.accounts) expect(accountSchema.safeParse(a).success, JSON.stringify(a)).toBe(true);
  for (const o of batch!.observations) expect(observationSchema.safeParse(o).success, JSON.stringify(o)).toBe(true);
  for (const e of batch!.events) expect(eventSchema.safeParse(e).success, JSON.stringify(e)).toBe(true);
  // One capture's observations share `at`: two of one account could not both be stored.
  const ids = batch!.observations.map((o) => o.accountId);
  expect(new Set(ids).size).toBe(ids.length);
  return batch!;
}

/** Up to eight rounds of `apply`ing random damage: the capture never throws and passes `check`. */
export function expectSurvivesDamage<M>(
  html: string,
  url: URL,
  mutation: fc.Arbitrary<M>,
  apply: (doc: Document, m: M) => void,
  check: (result: ExtractionResult, url: URL) => void,
): void {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
      const doc = load(html);
      for (const m of mutations) apply(doc, m);
      check(captureFromDocument(doc, url, adapters), url);
    }),
    { numRuns: 100 },
  );
}

/** Spaces padded before or after any texts of the page change nothing the adapter reads. */
export function expectSameWithPaddedSpaces(html: string, url: URL): void {
  const clean = captureFromDocument(load(html), url, adapters);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SPACES), fc.boolean()), { minLength: 1, maxLength: 20 }), (pads) => {
      const doc = load(html);
      const texts = textNodes(doc.body);
      for (const [at, space, front] of pads) {
        const t = texts[at % texts.length]!;
        t.nodeValue = front ? space + (t.nodeValue ?? '') : (t.nodeValue ?? '') + space;
      }
      expect(captureFromDocument(doc, url, adapters)).toEqual(clean);
    }),
    { numRuns: 100 },
  );
}

/** The damage real pages suffer, whatever the adapter: a node removed, an odd space put inside a
 *  text, an element moved among its siblings, an advertising block added after an element. */
export type Damage<Ad> =
  | { op: 'remove'; at: number }
  | { op: 'space'; at: number; pos: number; space: string }
  | { op: 'reorder'; at: number; to: number }
  | { op: 'ad'; at: number; ad: Ad };

export function damage<Ad>(ads: readonly Ad[]): fc.Arbitrary<Damage<Ad>> {
  return fc.oneof(
    fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('space' as const), at: fc.nat(), pos: fc.nat(), space: fc.constantFrom(...SPACES) }),
    fc.record({ op: fc.constant('reorder' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({ op: fc.constant('ad' as const), at: fc.nat(), ad: fc.constantFrom(...ads) }),
  );
}

/** Applies one damage; `own` says which nodes are the page's (not an ad added earlier). */
export function applyDamage<Ad>(
  doc: Document,
  m: Damage<Ad>,
  adBlock: (doc: Document, ad: Ad) => Element,
  own: (n: Node) => boolean = () => true,
): void {
  if (m.op === 'space') {
    const texts = textNodes(doc.body).filter(own);
    const t = texts[m.at % Math.max(texts.length, 1)];
    if (!t) return;
    const v = t.nodeValue ?? '';
    t.nodeValue = v.slice(0, m.pos % (v.length + 1)) + m.space + v.slice(m.pos % (v.length + 1));
    return;
  }
  const els = Array.from(doc.querySelectorAll('body *')).filter(own);
  const el = els[m.at % Math.max(els.length, 1)];
  if (!el) return;
  if (m.op === 'remove') el.remove();
  else if (m.op === 'ad') el.after(adBlock(doc, m.ad));
  else {
    const siblings = Array.from(el.parentElement?.children ?? []);
    const before = siblings[m.to % siblings.length];
    if (before && before !== el) el.parentElement?.insertBefore(el, before);
  }
}

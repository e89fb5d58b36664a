// Every lenders.js adapter's fixtures (its ids from lender-registry.ts), damaged at random: nodes
// removed, NBSP / full-width spaces inserted, siblings reordered, advertising blocks added, values
// and the hidden JSON blob rewritten. Extraction never throws, the capture message passes the
// background's schema, everything captureToRecords makes of it passes the history schemas, and no
// advertised number is recorded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lenderAdapters } from '../../../utils/adapters/lender-registry';
import { adapters } from '../../../utils/adapters/registry';
import { captureFromDocument } from '../../../utils/capture/from-document';
import type { ExtractionResult } from '../../../utils/model/types';
import {
  applyDamage,
  checkRecords,
  damage,
  expectSameWithPaddedSpaces,
  expectSurvivesDamage,
  load,
  type Damage,
} from './support/page-mutations';

function checkCapture(result: ExtractionResult, url: URL): void {
  checkRecords(result, url);
  for (const o of result.observations) {
    expect([o.totalLimit, o.availableLimit, o.usedAmount], JSON.stringify(o)).not.toContain(AD_AMOUNT);
    // Only the last four digits of a card number are ever kept.
    expect(`${o.accountId} ${o.product}`).not.toMatch(/\d{5,}/);
  }
}

const DIR = join(__dirname, '../../fixtures/pages');
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.html') && lenderAdapters.some((a) => f.startsWith(a.id + '-')))
  .map((f) => ({
    file: f,
    html: readFileSync(join(DIR, f), 'utf8'),
    url: new URL((JSON.parse(readFileSync(join(DIR, f.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string }).url),
  }));
/** Every advertised amount below is 88,888 (or 8.8888万): none may ever be recorded. */
const AD_AMOUNT = 88888;

// Advertising blocks as [tag, class, html-free parts]: each part becomes a child element, so the
// headings and labels they carry look like the page's own. Classes that readPage does not know as
// noise on purpose: the adapters must refuse them by their words.
type Ad = [string, string, [string, string][]];
const ADS: Ad[] = [
  [
    'div',
    'product-card',
    [
      ['h3', '京东金条'],
      ['p', '最高可借88,888'],
      ['p', '年化利率(单利)7.2%起'],
      ['a', '立即借款'],
    ],
  ],
  [
    'div',
    'item',
    [
      ['h4', '金条'],
      ['p', '可借额度'],
      ['p', '最高88,888'],
    ],
  ],
  [
    'div',
    'item',
    [
      ['h4', '白条'],
      ['p', '信用额度：最高88,888元'],
      ['p', '额度测评 8.8888万起'],
    ],
  ],
  [
    'div',
    'feature',
    [
      ['p', '88,888'],
      ['p', '最高可借额度(元)'],
    ],
  ],
  [
    'div',
    'promo',
    [
      ['span', '卡号'],
      ['span', '信用额度'],
      ['span', '88,888'],
    ],
  ],
  ['div', 'banner', [['p', '额度已冻结？逾期可能导致冻结，点此解冻 ¥ 88,888']]],
];

// Damage hits the page, not the ads: an ad stripped of its words would be a bare number.
const AD_MARK = 'data-test-ad';
const page = (n: Node): boolean => !(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest(`[${AD_MARK}]`);

function adBlock(doc: Document, [tag, cls, parts]: Ad): Element {
  const box = doc.createElement(tag);
  box.setAttribute('class', cls);
  box.setAttribute(AD_MARK, '');
  for (const [t, text] of parts) box.appendChild(doc.createElement(t)).textContent = text;
  return box;
}
const VALUES = [
  '--',
  '****',
  '¥***',
  '1.2万',
  '-6,086.11',
  '0.00',
  '止付',
  '暂无可用额度',
  '正常',
  '1234',
  '9'.repeat(40),
  '-' + '9'.repeat(20),
  '某'.repeat(120),
];
const BLOBS = [
  '{"bill":{"totalAsset":"' + '9'.repeat(40) + '","availableLimit":-5}}',
  '{"bill":{"totalAsset":1e300,"availableLimit":"NaN"},"bullion":null}',
  '{"bullion":{"totalAsset":"最高200,000","availableLimit":"3.6%起"}}',
  '[1,2,3]',
  'null',
  '{"bill":',
];

type Mutation = Damage<Ad> | { op: 'text'; at: number; text: string } | { op: 'blob'; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  damage(ADS),
  fc.record({ op: fc.constant('text' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...VALUES)) }),
  fc.record({ op: fc.constant('blob' as const), text: fc.oneof(fc.json(), fc.constantFrom(...BLOBS)) }),
);

function apply(doc: Document, m: Mutation): void {
  if (m.op === 'blob') {
    doc.getElementById('assetsAggregated')?.setAttribute('value', m.text);
  } else if (m.op === 'text') {
    // Leaves are where values are printed: rewrite one.
    const leaves = Array.from(doc.querySelectorAll('body *')).filter((e) => page(e) && e.children.length === 0);
    const leaf = leaves[m.at % Math.max(leaves.length, 1)];
    if (leaf) leaf.textContent = m.text;
  } else applyDamage(doc, m, adBlock, page);
}

describe.each(fixtures)('$file under random damage', ({ html, url }) => {
  it('never throws and returns only records the schemas accept', () => expectSurvivesDamage(html, url, mutation, apply, checkCapture));

  it('records no advertised number, wherever the ads are put', () => {
    const clean = captureFromDocument(load(html), url, adapters);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ADS)), { minLength: 1, maxLength: 6 }), (ads) => {
        const doc = load(html);
        for (const [at, ad] of ads) apply(doc, { op: 'ad', at, ad });
        const result = captureFromDocument(doc, url, adapters);
        checkCapture(result, url);
        // Ads add no account and no amount: an ad put inside a product's own block may hide a value
        // (the block is no longer one product's), never change one.
        for (const o of result.observations) {
          const was = clean.observations.find((c) => c.accountId === o.accountId);
          expect(was, JSON.stringify(o)).toBeDefined();
          for (const k of ['totalLimit', 'availableLimit', 'usedAmount'] as const) if (o[k] !== undefined) expect(o[k]).toBe(was![k]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reads the same with spaces padded around any texts', () => expectSameWithPaddedSpaces(html, url));

  it('finds the same cards with the table rows in any order', () => {
    const key = (r: ExtractionResult) => [...r.observations].sort((a, b) => (a.accountId! < b.accountId! ? -1 : 1));
    const clean = key(captureFromDocument(load(html), url, adapters));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }), (moves) => {
        const doc = load(html);
        for (const [a, b] of moves) {
          const rows = Array.from(doc.querySelectorAll('tbody tr'));
          const row = rows[a % Math.max(rows.length, 1)];
          if (!row) continue;
          const siblings = Array.from(row.parentElement!.children);
          const before = siblings[b % siblings.length];
          if (before && before !== row) row.parentElement!.insertBefore(row, before);
        }
        expect(key(captureFromDocument(doc, url, adapters))).toEqual(clean);
      }),
      { numRuns: 50 },
    );
  });
});

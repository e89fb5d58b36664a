// Every fixture page, damaged at random the way real pages change (nodes removed, texts padded with
// odd spaces or replaced by odd values, siblings reordered, advertising blocks added): the capture
// code never throws, and whatever it returns makes only records the history's schemas accept.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { adapters } from '../../../utils/adapters/registry';
import { captureFromDocument } from '../../../utils/capture/from-document';
import { applyDamage, checkRecords, damage, load, textNodes, type Damage } from '../adapters/support/page-mutations';

const DIR = join(__dirname, '../../fixtures/pages');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({
    file: f,
    html: readFileSync(join(DIR, f), 'utf8'),
    url: new URL((JSON.parse(readFileSync(join(DIR, f.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string }).url),
  }));

const ODD = [
  '',
  '--',
  '****',
  '¥***',
  '1.2万',
  '-6,086.11',
  '0.00',
  '9'.repeat(40),
  '1e309',
  '暂时无法使用',
  '额度已冻结',
  '最高可借200,000',
  '某'.repeat(300),
];
const AD = ['星河借款', '最高可借 200,000元', '总额度 ¥88,888.00', '日利率 0.02%起'];

function adBlock(doc: Document): Element {
  const box = doc.createElement('div');
  box.className = 'promo';
  for (const [i, text] of AD.entries()) box.appendChild(doc.createElement(i ? 'p' : 'h3')).textContent = text;
  return box;
}

type Mutation = Damage<null> | { op: 'text'; at: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  damage([null]),
  fc.record({ op: fc.constant('text' as const), at: fc.nat(), text: fc.constantFrom(...ODD) }),
);

function apply(doc: Document, m: Mutation): void {
  if (m.op !== 'text') return applyDamage(doc, m, adBlock);
  const texts = textNodes(doc.body);
  const t = texts[m.at % Math.max(texts.length, 1)];
  if (t) t.nodeValue = m.text;
}

describe('every fixture page, damaged at random', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s: never throws, never makes an invalid record', (_file, { html, url }) => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const doc = load(html);
        for (const m of mutations) apply(doc, m);
        checkRecords(captureFromDocument(doc, url, adapters), url);
      }),
      { numRuns: 25 },
    );
  });
});

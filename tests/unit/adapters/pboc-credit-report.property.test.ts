// The credit report fixtures, damaged at random: nodes removed, NBSP / full-width spaces inserted,
// sibling rows reordered, advertising blocks added. Extraction never throws, the capture message
// passes the background's schema, and everything captureToRecords makes of it passes the history
// schemas (what storage and import accept).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
  expect(JSON.stringify(result)).not.toContain(AD_LENDER);
}

const DIR = join(__dirname, '../../fixtures/pages');
const fixtures = readdirSync(DIR)
  .filter((f) => f.startsWith('pboc-credit-report-') && f.endsWith('.html'))
  .map((f) => ({
    file: f,
    html: readFileSync(join(DIR, f), 'utf8'),
    url: new URL((JSON.parse(readFileSync(join(DIR, f.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string }).url),
  }));
const AD_LENDER = '星河借款推广';

// Advertising blocks, as [tag, class, content]; tables in them look like the report's own.
type Ad = [string, string, string | string[][]];
const ADS: Ad[] = [
  ['div', 'ad-box', '最高可借200,000 年化利率(单利)7.2%-24% 立即申请'],
  [
    'div',
    'promo',
    [
      ['发放机构', '授信额度', '已用额度', '账户状态'],
      [AD_LENDER, '最高200,000', '0', '正常'],
    ],
  ],
  [
    'aside',
    '',
    [
      ['查询日期', '查询机构', '查询原因'],
      ['2026.11.11', AD_LENDER, '贷款审批'],
    ],
  ],
  ['div', 'banner', '额度已冻结？逾期可能导致冻结，点此解冻 ¥ 8,888'],
];

function adBlock(doc: Document, [tag, cls, content]: Ad): Element {
  const box = doc.createElement(tag);
  if (cls) box.setAttribute('class', cls);
  if (typeof content === 'string') box.textContent = content;
  else {
    const table = box.appendChild(doc.createElement('table'));
    for (const cells of content) {
      const tr = table.appendChild(doc.createElement('tr'));
      for (const c of cells) tr.appendChild(doc.createElement('td')).textContent = c;
    }
  }
  return box;
}

type Mutation = Damage<Ad> | { op: 'text'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  damage(ADS),
  fc.record({
    op: fc.constant('text' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '--',
        '****',
        '1.2万',
        '-6,086.11',
        '2026.13.45',
        '逾期',
        '正常',
        '本人查询',
        '9'.repeat(40),
        '某'.repeat(120),
        '2026年02月30日某银行发放的贷记卡（人民币账户）。截至2026年13月，信用额度99,999,999,999,999，已使用额度-1。',
        '2018年3月15日某银行为授信，可循环使用。截至2026年2月，信用额度****，余额为--。',
        '账户1（授信协议标识：--）',
        '截至2026年10月31日',
      ),
    ),
  }),
);

function apply(doc: Document, m: Mutation): void {
  if (m.op !== 'text') return applyDamage(doc, m, adBlock);
  // Cells and account sentences are where the values are read: rewrite one.
  const cells = Array.from(doc.querySelectorAll('td, th, li'));
  const cell = cells[m.at % Math.max(cells.length, 1)];
  if (cell) cell.textContent = m.text;
}

describe.each(fixtures)('$file under random damage', ({ html, url }) => {
  it('never throws and returns only records the schemas accept', () => expectSurvivesDamage(html, url, mutation, apply, checkCapture));

  it('reads the same with spaces padded around any texts', () => expectSameWithPaddedSpaces(html, url));

  it('finds the same accounts and queries with the records in any order', () => {
    const key = (r: ExtractionResult) => ({
      observations: [...r.observations].sort((a, b) => (a.accountId! < b.accountId! ? -1 : 1)),
      events: [...r.events].map((e) => JSON.stringify(e)).sort(),
    });
    const clean = key(captureFromDocument(load(html), url, adapters));
    // A record: an account sentence (an \`li\`, a list item drawn with divs) or a numbered query row.
    const records = (doc: Document) =>
      Array.from(doc.querySelectorAll('li, .detail-item, tr')).filter(
        (el) => el.tagName !== 'TR' || /^\d+$/.test(el.firstElementChild?.textContent?.trim() ?? ''),
      );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }), (moves) => {
        const doc = load(html);
        for (const [a, b] of moves) {
          const all = records(doc);
          const row = all[a % Math.max(all.length, 1)];
          if (!row) continue;
          const siblings = all.filter((r) => r.parentElement === row.parentElement);
          const before = siblings[b % siblings.length];
          if (before && before !== row) row.parentElement!.insertBefore(row, before);
        }
        expect(key(captureFromDocument(doc, url, adapters))).toEqual(clean);
      }),
      { numRuns: 100 },
    );
  });
});

// The bank, e-statement and H5 pages rebuilt from crawler evidence (generic reader), damaged at
// random: nodes removed, odd spaces, siblings reordered, product adverts added. The capture never
// throws, makes only valid records, never takes a cash advance, a ceiling or an advertised amount
// for a limit, reads the same with padded spaces, and reads a 人民币 | 美元 table by its headings
// whatever the order of its columns.
import { readFileSync } from 'node:fs';
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

const DIR = join(__dirname, '../../fixtures/pages');
const FILES = [
  'generic-cmb-currency-columns',
  'generic-cmb-currency-usd-first',
  'generic-ccb-estatement-mail',
  'generic-h5-current-max',
  'generic-h5-value-below-glued',
  'generic-h5-raise-entry-only',
  'generic-h5-raise-closed',
  'generic-label-row-value-row',
  'generic-landing-glued-ceiling',
];
const fixtures = FILES.map((name) => ({
  name,
  html: readFileSync(join(DIR, `${name}.html`), 'utf8'),
  url: new URL((JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as { url: string }).url),
}));

// Never a limit: the pages' cash advance lines (预借现金 15,000 on 招商银行's page, 取现额度 30,000 in
// 建设银行's statement) and every advertised amount below (88,888).
const NEVER: Record<string, number[]> = {
  'generic-cmb-currency-columns': [15000],
  'generic-cmb-currency-usd-first': [15000],
  'generic-ccb-estatement-mail': [30000],
};
const AD_AMOUNT = 88888;
type Ad = [string, string[]];
const ADS: Ad[] = [
  ['item', ['最高可借88,888', '立即申请']],
  ['card', ['额度最高88,888元', '日利率0.02%起']],
  ['feature', ['最高可借额度(元)', '最高88,888']],
  ['tile', ['总额度最高8.8888万', '年化利率(单利)7.2%-24%']],
];
function adBlock(doc: Document, [cls, texts]: Ad): Element {
  const box = doc.createElement('div');
  box.setAttribute('class', cls);
  for (const t of texts) box.appendChild(doc.createElement('p')).textContent = t;
  return box;
}

// A cash advance is known as one only while the page still says so, and sits where the page put it:
// damage that removes or moves cells of a label | value table can leave its amount where a limit's
// was, which no reader could tell apart. Adverts and spaces never make one a limit.
const CASH_ADVANCE = /取现额度|预借现金/;
const checkFor =
  (name: string, saysCashAdvance: () => boolean) =>
  (result: ExtractionResult, url: URL): void => {
    checkRecords(result, url);
    const never = [...(saysCashAdvance() ? (NEVER[name] ?? []) : []), AD_AMOUNT];
    for (const o of result.observations)
      for (const v of [o.totalLimit, o.availableLimit, o.usedAmount]) expect(never, JSON.stringify(o)).not.toContain(v);
  };

// The landing page is left out of the damage: with its 立即申请 removed it reads as an account page.
describe.each(fixtures.filter((f) => f.name !== 'generic-landing-glued-ceiling'))('$name under random damage', ({ name, html, url }) => {
  it('never throws, makes valid records, never reads a cash advance or an advert', () => {
    let labelled = true;
    let moved = false;
    const mutate = (doc: Document, m: Damage<Ad>) => {
      if (m.op === 'remove' || m.op === 'reorder') moved = true;
      applyDamage(doc, m, adBlock);
      labelled = !moved && CASH_ADVANCE.test(doc.body?.textContent ?? '');
    };
    // Read once per run, after its damage: the next run starts on a fresh page.
    const saysCashAdvance = () => {
      const said = labelled;
      [labelled, moved] = [true, false];
      return said;
    };
    return expectSurvivesDamage(html, url, damage(ADS), mutate, checkFor(name, saysCashAdvance));
  });
});

describe.each(fixtures)('$name', ({ html, url }) => {
  it('reads the same with spaces padded around any texts', () => expectSameWithPaddedSpaces(html, url));
});

describe('a 人民币 | 美元 table', () => {
  const { html, url } = fixtures[0]!;
  it('reads the yuan column by its heading, whatever the order of the currency columns', () => {
    const clean = captureFromDocument(load(html), url, adapters);
    expect(clean.observations[0]).toMatchObject({ totalLimit: 50000, availableLimit: 31245.6 });
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (swap, extra) => {
        const doc = load(html);
        const table = doc.querySelector('table.dataTable')!;
        for (const tr of Array.from(table.querySelectorAll('tr'))) {
          const cells = Array.from(tr.children);
          if (cells.length !== 3) continue;
          // 美元 before 人民币, and/or a 港币 column added after the label.
          if (swap) tr.insertBefore(cells[2]!, cells[1]!);
          if (extra)
            cells[0]!.after(Object.assign(doc.createElement('td'), { textContent: tr.classList.contains('head') ? '港币' : '9,999.00' }));
        }
        expect(captureFromDocument(doc, url, adapters)).toEqual(clean);
      }),
    );
  });
});

// Picked elements: named by a CSS path and a label, read before the generic extractor, and found
// again after a re-render that changed classes, order or wrappers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from '../../../scripts/lib/html';
import { extractGeneric } from '../../../utils/extract/generic';
import { cssPath, labelBefore } from '../../../utils/picker/selector';
import { readField, withSiteRules, type SiteRule } from '../../../utils/picker/site-rules';

const URL_ = new URL('https://bank.example/card');
const page = (body: string) => parseDocument(`<!doctype html><html><head><title>某银行</title></head><body>${body}</body></html>`);
const capture = (doc: Document, rules: SiteRule[]) => withSiteRules(doc, rules, { adapter: 'generic', ...extractGeneric(doc, URL_) });

const CARD = `<div class="x1"><h2>我的信用卡</h2>
  <div class="row"><span class="k">额度A</span><span class="v">12,000.00</span></div>
  <div class="row"><span class="k">额度B</span><span class="v">3,456.78</span></div>
  <div class="row"><span class="k">状态</span><span class="v">暂停使用</span></div></div>`;

describe('selector', () => {
  it('names an element by a path that finds exactly it, stopping at a stable id', () => {
    const doc = page(`<main id="account">${CARD}</main><div id="r-9f8e7d6c5b"><p>a</p><p>b</p></div>`);
    const value = doc.querySelectorAll('.v')[1]!;
    const path = cssPath(value);
    expect(path).toBe('#account > div > div:nth-of-type(2) > span:nth-of-type(2)');
    expect(doc.querySelector(path)).toBe(value);
    const generated = doc.querySelectorAll('p')[1]!;
    expect(cssPath(generated)).toBe('html > body > div > p:nth-of-type(2)');
    expect(doc.querySelector(cssPath(generated))).toBe(generated);
  });

  it('takes the label before the element, never a number', () => {
    const doc = page(CARD + '<div><span>¥1,000</span><span>9,999</span></div>');
    expect(labelBefore(doc.querySelectorAll('.v')[0]!)).toBe('额度A');
    expect(labelBefore(doc.querySelectorAll('span')[7]!)).toBeUndefined();
  });
});

describe('withSiteRules', () => {
  const rules: SiteRule[] = [
    { field: 'totalLimit', selector: 'body > div > div:nth-of-type(1) > span:nth-of-type(2)', label: '额度A' },
    { field: 'availableLimit', selector: 'body > div > div:nth-of-type(2) > span:nth-of-type(2)', label: '额度B' },
    { field: 'status', selector: 'body > div > div:nth-of-type(3) > span:nth-of-type(2)', label: '状态' },
  ];

  it('reads what the person picked where the generic extractor finds nothing', () => {
    const doc = page(CARD);
    expect(extractGeneric(doc, URL_).observations.some((o) => o.totalLimit !== undefined || o.availableLimit !== undefined)).toBe(false);
    expect(capture(doc, rules).observations).toEqual([
      expect.objectContaining({ status: 'frozen', statusText: '暂停使用', totalLimit: 12000, availableLimit: 3456.78 }),
    ]);
  });

  it('wins over the generic values and keeps the lender the page names', () => {
    const doc = page(`<div><p>信用额度 50,000.00</p><p>可用额度 9,000.00</p><p id="mine">8,000.00</p></div>`);
    const generic = extractGeneric(doc, URL_).observations[0]!;
    expect(generic.availableLimit).toBe(9000);
    const [o] = capture(doc, [{ field: 'availableLimit', selector: '#mine' }]).observations;
    expect(o).toEqual({ ...generic, availableLimit: 8000 });
  });

  it('finds the value again by its label after a re-render changed the path', () => {
    const rerendered = page(
      `<section><div class="new-1"><em>广告</em></div><ul><li><b>额度B</b><i>4,000</i></li><li><b>额度A</b>：<i>20,000</i></li></ul></section>`,
    );
    expect(capture(rerendered, rules).observations[0]).toMatchObject({ totalLimit: 20000, availableLimit: 4000 });
  });

  it('gives nothing for a path and a label that find nothing, and leaves the capture as it was', () => {
    const doc = page('<p>no numbers here</p>');
    const before = { adapter: 'generic', ...extractGeneric(doc, URL_) };
    expect(withSiteRules(doc, rules, before)).toBe(before);
    expect(withSiteRules(doc, undefined, before)).toBe(before);
  });

  it('reads each field as that field: amounts, rates and statuses', () => {
    expect(readField('usedAmount', '¥ 1.2万')).toEqual({ usedAmount: 12000 });
    expect(readField('rate', '0.03%')).toEqual({ dailyRate: 0.0003 });
    expect(readField('rate', '年化利率 12.78%')).toEqual({ apr: 0.1278 });
    expect(readField('status', '额度已冻结')).toMatchObject({ status: 'frozen' });
    expect(readField('totalLimit', '****')).toBeUndefined();
    expect(readField('status', '12,000')).toBeUndefined();
  });

  it('never throws nor stores an invalid value, whatever the page and the rule', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom(...rules.map((r) => r.field), 'rate' as const, 'usedAmount' as const),
        fc.string({ maxLength: 30 }),
        (text, field, label) => {
          const doc = page(`<div><span>${label.replace(/[<&]/g, '')}</span><span id="v">${text.replace(/[<&]/g, '')}</span></div>`);
          const [o] = capture(doc, [{ field, selector: '#v', label }]).observations;
          for (const k of ['totalLimit', 'availableLimit', 'usedAmount', 'dailyRate', 'apr'] as const) {
            if (o?.[k] !== undefined) expect(Number.isFinite(o[k]) && o[k]! >= 0).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

// 花呗 on the Alipay portal: what counts as the number. Masks and glyphs drawn by a font set on the
// amount are not; digits under a page-wide number font are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { alipayHuabei } from '../../../utils/adapters/alipay-huabei';

const URL_ = new URL('https://my.alipay.com/portal/i.htm');
const revealed = readFileSync(join(__dirname, '../../fixtures/pages/alipay-huabei-served-revealed.html'), 'utf8');
const limits = (html: string) => {
  const doc = parseHTML(html).document as unknown as Document;
  return alipayHuabei.extract(doc, URL_).observations.map((o) => [o.totalLimit, o.availableLimit]);
};

describe('alipay-huabei amounts', () => {
  it('reads digits drawn by a page-wide number font', () => {
    const html = revealed.replace(
      '<style>',
      '<style>@font-face{font-family:"AlipayNumber";src:url(n.woff2)} body{font-family:"AlipayNumber",sans-serif}',
    );
    expect(limits(html)).toEqual([[12000, 7320.45]]);
  });
  it('records nothing when a font the page declares draws the amount itself', () => {
    const inline = revealed
      .replace('<style>', '<style>@font-face{font-family:"hbnum";src:url(h.woff2)}')
      .replace('<strong class="amount">12,000', '<strong class="amount" style="font-family: hbnum">12,000');
    expect(limits(inline)).toEqual([[undefined, 7320.45]]);
  });
  it('records nothing for private-use glyphs or letters in place of digits', () => {
    expect(limits(revealed.replace('7,320', '\ue601,\ue602\ue603\ue604').replace('12,000', 'ab,cde'))).toEqual([]);
  });
  it('waits for a click while either amount reads **.**', () => {
    const masked = revealed.replace('7,320<span class="fen">.45</span>', '<span class="fen">**.**</span>');
    expect(alipayHuabei.awaitingReveal!(parseHTML(masked).document as unknown as Document)).toBe(true);
    expect(limits(masked)).toEqual([[12000, undefined]]);
    expect(alipayHuabei.awaitingReveal!(parseHTML(revealed).document as unknown as Document)).toBe(false);
  });
});

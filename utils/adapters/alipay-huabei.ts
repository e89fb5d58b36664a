import { normalizeText, parseAmount } from '../extract/numbers';
import { PRODUCTS } from '../products';
import { type Amounts, lenderPage } from './define';
import { drawnByPageFont } from './font-digits';

// 花呗 on the Alipay portal (my.alipay.com/portal/i.htm), as served: inside
// `td.i-assets-pcredit > #J-assets-pcredit`, two `p.ft-gray` lines, "可用额度<br>" with
// `span#available-amount-container` and "总额度：" with `span#credit-amount-container` (the label
// outside the span). Both hold `**.**` until the person clicks 显示 (`#showHuabeiAmount`); the page
// then fills them in (the content script keeps watching for that: `awaitingReveal`). An older
// layout has the same two lines without ids, the amounts in `span > strong` / `strong`. Digits
// drawn by an obfuscating web font are not the number: nothing is recorded rather than garbage.
// The adapter's id is the account's id in the shared product table (screenshots of 花呗 meet it there).
const HUABEI = PRODUCTS.huabei;
const BOX = '#J-assets-pcredit, td.i-assets-pcredit, .i-assets-pcredit';
const FIELDS = [
  ['totalLimit', '#credit-amount-container', '总额度'],
  ['availableLimit', '#available-amount-container', '可用额度'],
] as const;

/** Plain amounts only: digits, separators, ¥/元. Anything else (masks, private-use glyphs from an
 *  icon font, letters) means the number is not shown as text. */
const PLAIN_AMOUNT = /^[¥0-9.,元]+$/;
const MASK = /\*/;

/** The element holding a field's amount: by id (current layout), else the `p` line whose own
 *  label starts it (older layout), which holds the label, a colon and the amount. */
function holder(doc: Document, id: string, label: string): { el: Element; text: string } | undefined {
  const byId = doc.querySelector(id);
  if (byId) return { el: byId, text: byId.textContent ?? '' };
  const box = doc.querySelector(BOX);
  for (const p of Array.from((box ?? doc).querySelectorAll('p'))) {
    const text = normalizeText(p.textContent ?? '');
    if (!text.startsWith(label)) continue;
    const rest = text.slice(label.length).replace(/^\s*[:：]?\s*/, '');
    // The amount sits in an element of its own (strong, or span > strong) after the label.
    const strong = p.querySelector('strong');
    if (!strong && !box) continue;
    return { el: strong?.closest('span') ?? strong ?? p, text: rest };
  }
  return undefined;
}

function readAmount(doc: Document, id: string, label: string): number | undefined {
  const h = holder(doc, id, label);
  if (!h) return undefined;
  // Markup puts spaces and line breaks between `<strong>9,876</strong><span>.54</span>` and 元.
  const text = normalizeText(h.text).replace(/\s+/g, '');
  if (!text || !PLAIN_AMOUNT.test(text) || drawnByPageFont(h.el)) return undefined;
  return parseAmount(text);
}

export const alipayHuabei = lenderPage({
  id: HUABEI.accountId,
  name: { zh: '花呗（支付宝个人主页）', en: 'Huabei (Alipay portal)' },
  matches: ['https://my.alipay.com/portal/*'],
  home: 'https://my.alipay.com/portal/i.htm',
  account: { lender: HUABEI.lender, product: HUABEI.product, kind: HUABEI.kind },
  awaitingReveal(doc) {
    return FIELDS.some(([, id, label]) => MASK.test(holder(doc, id, label)?.text ?? ''));
  },
  amounts(doc) {
    const values: Amounts = {};
    for (const [field, id, label] of FIELDS) {
      const v = readAmount(doc, id, label);
      if (v !== undefined) values[field] = v;
    }
    return values;
  },
});

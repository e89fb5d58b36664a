// Where a label sits on the page: under which product's heading (a page of several products), in a
// statement's fine print (温馨提示 …: its rates explain terms), or in an advert's card (日利率低至…,
// 立即申请). Judged by what the boxes around it say, a few levels up, never by class names.
import { APPLY_CUES, FINE_PRINT, TEASER_WORDS } from '../lexicon/cues';
import { alternation } from '../lexicon/patterns';
import { PRODUCT_NAMES, PRODUCT_SOURCE, productName } from './labels';
import type { PageText } from './status';

const ANY_PRODUCT = new RegExp(PRODUCT_SOURCE, 'gi');
const FINE = new RegExp(`^(?:${alternation(FINE_PRINT, false)})`, 'i');
/** A teaser or an invitation to apply (a ceiling alone may be the line's own: 最高可借额度). */
export const AD = new RegExp(`${alternation([...TEASER_WORDS, ...APPLY_CUES], false)}|\\d\\s*[%‰]?\\s*起`, 'i');
/** Text of a box small enough to be one card or one notice. */
const BOX = 240;

/** In fine print: the label's text or a box around it opens with 温馨提示, 注：…, or follows a heading that does. */
export function inFinePrint(page: PageText, el: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < 4; e = e.parentElement, depth++) {
    if (FINE.test(page.text(e))) return true;
    const prev = e.previousElementSibling;
    if (prev && page.text(prev).length <= 12 && FINE.test(page.text(prev))) return true;
  }
  return false;
}

/** In an advert's card: a small box around the label speaks of teasers or applying. */
export function inAdBox(page: PageText, el: Element): boolean {
  for (let e: Element | null = el.parentElement, depth = 0; e && depth < 2; e = e.parentElement, depth++) {
    const t = page.text(e);
    if (t.length > BOX) return false;
    if (AD.test(t)) return true;
  }
  return false;
}

/**
 * Product sections in document order: a short text that is only a product's name (花呗, 我的借呗 ›)
 * heads the smallest box around it that holds more than it. Call `enter` on every element in
 * document order; `at` gives the product whose section holds an element.
 */
export class ProductSections {
  private stack: { root: Element; product: string }[] = [];
  readonly seen = new Set<string>();
  constructor(private page: PageText) {}
  enter(el: Element, text: string): boolean {
    if (text.length > 16 || !this.page.owns(el)) return false;
    const product = productName(text);
    if (!product) return false;
    let root: Element | null = el.parentElement;
    // Up past the heading's own box (`<div class="head"><span>有钱花</span><a>去借钱 ›</a></div>`) to
    // the box that holds figures, unless that box names another product first (a tab bar).
    while (root?.parentElement && !/\d/.test(this.page.text(root)) && !this.another(this.page.text(root), product))
      root = root.parentElement;
    if (!root) return false;
    this.stack.push({ root, product });
    this.seen.add(product);
    return true;
  }
  private another(text: string, product: string): boolean {
    for (const m of text.matchAll(ANY_PRODUCT)) if (PRODUCT_NAMES.get(m[0].toLowerCase()) !== product) return true;
    return false;
  }
  at(el: Element): string | undefined {
    while (this.stack.length && !this.stack[this.stack.length - 1]!.root.contains(el)) this.stack.pop();
    return this.stack[this.stack.length - 1]?.product;
  }
}

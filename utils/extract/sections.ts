// Where a label sits on the page: under which product's heading (a page of several products), in a
// statement's fine print (温馨提示 …: its rates explain terms), or in an advert's card (日利率低至…,
// 立即申请). Judged by what the boxes around it say, a few levels up, never by class names.
import { APPLY_CUES, FINE_PRINT, TEASER_WORDS } from '../lexicon/cues';
import { alternation } from '../lexicon/patterns';
import { tailsIn } from './card-tail';
import { labelField, PRODUCT_NAMES, PRODUCT_SOURCE, productName } from './labels';
import { normalizeText } from './numbers';
import { classifyStatus, type PageText } from './status';

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

/** Nodes looked at for a box's read text (a box of BOX characters has far fewer). */
const BOX_NODES = 300;

/** What a small box says outside the adverts and hidden parts inside it (a banner ad beside the figures). */
function readText(page: PageText, box: Element): string {
  let s = '';
  let budget = BOX_NODES;
  const walk = (e: Element) => {
    for (let c = e.firstChild; c && budget-- > 0; c = c.nextSibling) {
      if (c.nodeType === 3) s += normalizeText(c.nodeValue ?? '');
      else if (c.nodeType === 1 && page.reads(c as Element)) {
        s += ' ';
        walk(c as Element);
      }
    }
  };
  walk(box);
  return s;
}

/** In an advert's card: a small box around the label speaks of teasers or applying. */
export function inAdBox(page: PageText, el: Element): boolean {
  for (let e: Element | null = el.parentElement, depth = 0; e && depth < 2; e = e.parentElement, depth++) {
    const t = page.text(e);
    if (t.length > BOX) return false;
    if (AD.test(t) && AD.test(readText(page, e))) return true;
  }
  return false;
}

// A name a lender gives a line of credit (新一贷, 360分期, 快e贷): it ends like one. Cards are told
// apart by their tails instead; 贷款 / 信用卡 / 储蓄卡 name a kind of account, not one.
const LINE_NAME = /^[\p{L}\d]{1,9}(?:贷|借|花|付|条|呗|分期|卡)$/u;
const NOT_A_NAME = /^(?:去|立即|我要|马上|申请|我的|查看)|(?:贷款|借款|信用卡|储蓄卡|借记卡|银行卡)$/;
const TITLE_MAX = 40;
const CELL = /^(?:TD|TH|TR|LI|DT|DD|A|BUTTON)$/i;

/** The account a title names by itself: its card's tail, a product of the lexicon, a line's name. */
function nameIn(text: string): string | undefined {
  const tails = tailsIn(text);
  if (tails.length === 1) return `尾号${tails[0]}`;
  if (tails.length || /\d{5}/.test(text)) return undefined;
  const last = text.split(' ').pop() ?? '';
  return productName(last) ?? (LINE_NAME.test(last) && !NOT_A_NAME.test(last) ? last : undefined);
}

/** A box's title: its first element's short text, when the box holds more than it. */
function titleOf(page: PageText, box: Element | null): string | undefined {
  const el = box?.firstElementChild;
  if (!el || CELL.test(el.tagName) || !page.owns(el)) return undefined;
  const text = page.text(el);
  return text.length <= TITLE_MAX && !labelField(text) && !classifyStatus(text) && !AD.test(text) ? text : undefined;
}

/** Elements of a header line looked at for a label. */
const HEADER_ELS = 20;

/**
 * A header line: the first box of its parent, short, with no label in it (`<div class="hd"><span>
 * 滴水贷</span><span>借款记录</span></div>`, `融e借 正常 合同编号：…`). The figures it titles sit in the
 * boxes after it, so the box it heads is its parent.
 */
function headerLine(page: PageText, box: Element): boolean {
  const parent = box.parentElement;
  if (!parent || parent.firstElementChild !== box || page.text(box).length > 2 * TITLE_MAX) return false;
  const inside = Array.from(box.querySelectorAll('*')).slice(0, HEADER_ELS);
  return inside.length < HEADER_ELS && !inside.some((e) => labelField(page.text(e)));
}

/**
 * The account a box's title names, and the box: the first text of a box holding more than it (`<div
 * class="acct-title">招商银行信用卡 尾号1234</div>` then the card's figures), by its card's tail, or by a
 * line's own name when boxes of the same kind repeat beside it (one per account), the title maybe in
 * the box's header line. Beside such named boxes, one titled only by its kind (信用卡, 贷款) is an
 * account too, under that title.
 */
function accountTitle(page: PageText, el: Element, text: string): { name: string; root: Element } | undefined {
  let box = el.parentElement;
  if (!box || box.firstElementChild !== el || titleOf(page, box) !== text) return undefined;
  const name = nameIn(text);
  if (name?.startsWith('尾号')) return { name, root: box };
  const mates = (b: Element) =>
    [b.previousElementSibling, b.nextElementSibling].filter(
      (m): m is Element => !!m && m.tagName === b.tagName && m.getAttribute('class') === b.getAttribute('class'),
    );
  // Up from a header line, or from the only box with words in a row (`<img>` logo, the name and
  // its figures, an arrow icon), to the box that repeats.
  const alone = (b: Element) => !!b.parentElement && Array.from(b.parentElement.children).every((c) => c === b || !page.text(c));
  if (!mates(box).length && (headerLine(page, box) || alone(box))) box = box.parentElement!;
  const beside = mates(box);
  // A card (白金卡) is told apart by its tail, where its box shows one.
  if (!beside.length || (name?.endsWith('卡') && tailsIn(page.text(box)).length)) return undefined;
  if (name) return { name, root: box };
  const kindOnly = text.length <= 12 && /^[\u3400-\u9fff]+$/.test(text);
  return kindOnly && beside.some((m) => nameIn(titleOf(page, m) ?? '')) ? { name: text, root: box } : undefined;
}

/**
 * Product sections in document order: a short text that is only a product's name (花呗, 我的借呗 ›)
 * heads the smallest box around it that holds more than it; a box's title naming a card by its tail
 * or a line by its name heads that box. Call `enter` on every element in document order; `at` gives
 * the product whose section holds an element.
 */
export class ProductSections {
  private stack: { root: Element; product: string }[] = [];
  readonly seen = new Set<string>();
  constructor(private page: PageText) {}
  enter(el: Element, text: string): boolean {
    if (text.length > TITLE_MAX) return false;
    if (!this.page.owns(el)) {
      // A header line of spans naming one card (`<span>南航明珠信用卡</span><span>尾号3366</span>`) heads its box.
      const tails = el.parentElement && headerLine(this.page, el) ? tailsIn(text) : [];
      if (tails.length !== 1) return false;
      this.stack.push({ root: el.parentElement!, product: `尾号${tails[0]}` });
      this.seen.add(`尾号${tails[0]}`);
      return true;
    }
    const product = text.length <= 16 ? productName(text) : undefined;
    if (!product) {
      const title = accountTitle(this.page, el, text);
      if (!title) return false;
      this.stack.push({ root: title.root, product: title.name });
      this.seen.add(title.name);
      return true;
    }
    let root: Element | null = el.parentElement;
    // Up past the heading's own box (`<div class="head"><span>有钱花</span><a>去借钱 ›</a></div>`, a
    // header line with a contract number) to the box that holds figures, unless that box names
    // another product first (a tab bar).
    const climbs = (r: Element) =>
      !/\d/.test(this.page.text(r))
        ? !this.another(this.page.text(r), product)
        : headerLine(this.page, r) && !this.another(this.page.text(r.parentElement!), product);
    while (root?.parentElement && climbs(root)) root = root.parentElement;
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

/** Ancestors looked at for a panel's unit, and the size of panel that may state one. */
const PANEL_DEPTH = 4;
const PANEL_TEXT = 400;
const PANEL_UNIT = /单位\s*:?\s*万元/;

/** The unit a panel states once for all its figures (`单位：万元`), memoized per box. */
export class PanelUnits {
  private memo = new Map<Element, number>();
  constructor(private page: PageText) {}
  scale(el: Element): number {
    for (let e = el.parentElement, depth = 0; e && depth < PANEL_DEPTH; e = e.parentElement, depth++) {
      let s = this.memo.get(e);
      if (s === undefined) {
        const t = this.page.text(e);
        s = t.length <= PANEL_TEXT && PANEL_UNIT.test(t) ? 1e4 : 1;
        this.memo.set(e, s);
      }
      if (s !== 1) return s;
    }
    return 1;
  }
}

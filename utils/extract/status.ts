// Account status and the limit-increase entry, read from the short texts a page shows. Help pages,
// FAQs and footers talk about 冻结 or 提额 in general; only the account's own notices count.
import type { Status } from '../model/types';
import { AD_CLASS_WORDS, AD_WORDS, APPLY_CUES, NOISE_TEXT, SUSPECT_CLASS_WORDS } from '../lexicon/cues';
import { alternation, anyOf } from '../lexicon/patterns';
import { INCREASE_CLOSED, INCREASE_ENTRY, NORMAL_PHRASES, NORMAL_UNDER_LABEL, STATUS_PHRASES } from '../lexicon/status';
import { normalizeText } from './numbers';

type Known = Exclude<Status, 'unknown'>;

// Worst first: when a page says several things, the worst one wins.
// Global regexes: matchAll copies them, so no lastIndex is shared between calls.
const PHRASES: [Known, RegExp][] = (['closed', 'frozen', 'limited'] as const).map((s) => [
  s,
  new RegExp(alternation(STATUS_PHRASES[s]), 'gi'),
]);
const STATUS_LABEL = /^(?:(?:账户|额度|卡片|当前|借款)?状态|(?:account |card )?status)\s*:?\s*/i;
const NORMAL = new RegExp(`^(?:${alternation(NORMAL_PHRASES)})\\s*[>›»]*$`, 'i');
// "未冻结" / "不会冻结" deny the phrase that follows.
const NEGATED = /[未无非不没免防]$/;
// "自动还款已关闭", "积分已冻结": the phrase is about something other than the credit line;
// "如额度被冻结，请…", "逾期可能导致冻结": a condition in help text, not the account's state.
const OTHER_SUBJECT =
  /(?:自动还款|提醒|通知|推送|短信|免密|积分|优惠券|红包|订单|如果|若|如|一旦|可能|会被|将会|将被|以免|避免|防止|导致)[^,.;!，。；！]*$/;
// Explanations ("额度冻结一般由…引起", "说明系统综合评估暂未通过") describe cases, not this account.
const GENERAL = /一般|通常|说明|建议|是指|例如|比如|包括|怎么办|以下情况/;
const QUESTION = /[?？]|如何|怎么|怎样|为什么|什么|是否|吗/;

const CLOSED_ENTRY = anyOf(INCREASE_CLOSED);
const ENTRY = new RegExp(`^(?:${alternation(INCREASE_ENTRY)})\\s*[>›»]*$`);
const ENTRY_IN_TEXT = anyOf(INCREASE_ENTRY);

export const STATUS_RANK: Record<Status, number> = { unknown: 0, normal: 1, limited: 2, frozen: 3, closed: 4 };

/** The status a short text states, with the vocabulary phrase that says it. */
export function classifyStatus(text: string): { status: Known; phrase: string } | undefined {
  const t = normalizeText(text);
  for (const [status, re] of GENERAL.test(t) ? [] : PHRASES) {
    for (const m of t.matchAll(re)) {
      const before = t.slice(0, m.index);
      if (!NEGATED.test(before) && !OTHER_SUBJECT.test(before)) return { status, phrase: m[0] };
    }
  }
  const bare = t.replace(STATUS_LABEL, '');
  return NORMAL.test(bare) ? { status: 'normal', phrase: bare } : undefined;
}

const NORMAL_VALUE = new RegExp(`^(?:${alternation(NORMAL_UNDER_LABEL)})$`, 'i');

/** The status a value under a status label states: as any text would, or a word that the line is in force. */
export function classifyStatusValue(text: string): { status: Known; phrase: string } | undefined {
  const bare = normalizeText(text);
  return classifyStatus(text) ?? (NORMAL_VALUE.test(bare) ? { status: 'normal', phrase: bare } : undefined);
}

// ---- Which parts of a page are readable text (shared with the generic extractor) ----

const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'SVG']);
// Where a box sits: a news story or blog post talks about other people's accounts; footers and
// navigation repeat the site's words.
const NOISE_TAGS = new Set(['FOOTER', 'NAV', 'ASIDE', 'ARTICLE']);
// A class word that names an advert (promo, ad) marks one; a layout word (banner, help, nav …) only
// makes a box suspect: it is noise when what it says is an advert, an invitation, a question or help
// text. `class="status-banner"` with 额度已冻结 is read.
const AD_CLASS = new RegExp(`^(?:${AD_CLASS_WORDS.join('|')})$`, 'i');
const SUSPECT_CLASS = new RegExp(`^(?:${SUSPECT_CLASS_WORDS.join('|')})$`, 'i');
const NOISE_SAYS = new RegExp(`${alternation([...AD_WORDS, ...APPLY_CUES, ...NOISE_TEXT], false)}|[?？]`, 'i');
// An icon font's glyph (`<i class="iconfont">&#xe757;</i>` beside a label) is drawn, not read.
const ICON_GLYPH = /[\ue000-\uf8ff]/g;
const INLINE = new Set(['SPAN', 'B', 'I', 'EM', 'STRONG', 'FONT', 'SMALL', 'SUP', 'SUB', 'U', 'A', 'LABEL', 'ABBR', 'CODE']);

// Bad pages (100k nodes, megabytes of text, tables nested hundreds deep) are read only in part, in
// time linear in what is read: the first elements, to a nesting depth browsers never lay out deeper
// than, and each element's text to a few thousand characters (callers use short texts only).
/** At most this many elements are read. */
export const MAX_ELEMENTS = 15_000;
/** Elements nested deeper than this are not read (Chromium's parser stops nesting at 512). */
export const MAX_DEPTH = 160;
/** Characters of an element's text kept (a label, a value, a notice are far shorter). */
const MAX_TEXT = 2_000;

/** A list of three or more links or items without a figure: a menu. */
function menuLike(el: Element): boolean {
  const box = el.children.length === 1 && el.firstElementChild ? el.firstElementChild : el;
  let items = 0;
  for (let c = box.firstElementChild, n = 0; c && n < 60; c = c.nextElementSibling, n++) if (/^(?:LI|A|DD)$/i.test(c.tagName)) items++;
  return items >= 3;
}

/** What a suspect box says makes it noise: an advert's words, an invitation, help text, a question, a menu. */
const saysNoise = (el: Element, text: string) => NOISE_SAYS.test(text) || (!/\d/.test(text) && menuLike(el));

function hidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
  );
}

/** A page prepared once for reading: the elements worth reading and their texts, memoized. */
export interface PageText {
  els: Element[];
  /** Whether the element writes text itself (not only through its children). */
  owns(el: Element): boolean;
  /** Text as a reader sees it, normalized: no script/style/template text, blocks set apart. */
  text(el: Element): string;
  /** Whether the element is read (not in a script, a hidden box, an advert, a footer …). */
  reads(el: Element): boolean;
}

const SHOWN_INPUT = /^(?:text|)$/i;
function shownValue(input: Element): string {
  const shown = input.hasAttribute('readonly') || input.hasAttribute('disabled');
  return shown && SHOWN_INPUT.test(input.getAttribute('type') ?? '') ? (input.getAttribute('value') ?? '').slice(0, MAX_TEXT) : '';
}

/** Elements outside scripts, hidden boxes, footers, navigation, ads and help text, with their texts. */
export function readPage(root: ParentNode): PageText {
  // Each subtree is flattened once, and only to MAX_TEXT characters, so reading every element stays
  // linear in the page size however long its texts are.
  const raw = new Map<Node, string>();
  const rawText = (node: Node, depth: number): string => {
    let s = raw.get(node);
    if (s !== undefined) return s;
    // A read-only or disabled text box shows a value (old e-banks print query results in them).
    s = node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'INPUT' ? shownValue(node as Element) : '';
    for (let child = node.firstChild; child && s.length < MAX_TEXT; child = child.nextSibling) {
      if (child.nodeType === 3) s += (child.nodeValue ?? '').slice(0, MAX_TEXT);
      else if (child.nodeType === 1 && depth < MAX_DEPTH) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (UNREAD.has(tag) || hidden(el)) continue;
        s += INLINE.has(tag) ? rawText(el, depth + 1) : ' ' + rawText(el, depth + 1) + ' ';
      }
    }
    raw.set(node, s);
    return s;
  };
  const texts = new Map<Element, string>();
  const text = (el: Element): string => {
    let t = texts.get(el);
    if (t === undefined) {
      const r = rawText(el, depthOf(el));
      t = normalizeText((r.length > MAX_TEXT ? r.slice(0, MAX_TEXT) : r).replace(ICON_GLYPH, ' '));
      texts.set(el, t);
    }
    return t;
  };
  // One walk in document order that never enters a noisy box (its noise covers its children), stops
  // at MAX_DEPTH and after MAX_ELEMENTS readable elements (or four times as many visited): bounded
  // work however large or deep the page, and no selector whose cost grows with nesting.
  const depths = new Map<Element, number>();
  const depthOf = (el: Element): number => depths.get(el) ?? 0;
  const els: Element[] = [];
  const start = (root as Document).body ?? (root as Element).querySelector?.('body') ?? (root as Element);
  let el: Element | null = start.firstElementChild;
  let depth = 1;
  for (let visited = 0; el && els.length < MAX_ELEMENTS && visited < 4 * MAX_ELEMENTS; visited++) {
    depths.set(el, depth);
    const tag = el.tagName.toUpperCase();
    let noisy = UNREAD.has(tag) || NOISE_TAGS.has(tag) || hidden(el);
    if (!noisy) {
      const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/[^A-Za-z0-9]+/);
      noisy = words.some((w) => AD_CLASS.test(w)) || (words.some((w) => SUSPECT_CLASS.test(w)) && saysNoise(el!, text(el!)));
    }
    if (!noisy) els.push(el);
    if (!noisy && depth < MAX_DEPTH && el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el && el !== start && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== start ? el.nextElementSibling : null;
  }
  let read: Set<Element> | undefined;
  return {
    els,
    reads: (el) => (read ??= new Set(els)).has(el),
    owns(el) {
      for (let c = el.firstChild; c; c = c.nextSibling)
        if (c.nodeType === 3 && (c.nodeValue ?? '').replace(ICON_GLYPH, '').trim()) return true;
      return false;
    },
    text,
  };
}

/** Short texts that an element itself writes: notices, tags, buttons; never questions. */
export function shortTexts(page: PageText, max: number): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  for (const el of page.els) {
    if (!page.owns(el)) continue;
    const text = page.text(el);
    if (text && text.length <= max && !QUESTION.test(text)) out.push({ el, text });
  }
  return out;
}

function disabled(el: Element): boolean {
  for (let e: Element | null = el, i = 0; e && i < 4; e = e.parentElement, i++) {
    if (e.hasAttribute('disabled') || e.getAttribute('aria-disabled') === 'true') return true;
    if (/(?:^|[\s_-])(?:disabled?|is-disabled|gray|grey)(?:$|[\s_-])/i.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** In a link to a help page (额度冻结怎么办), not a card's tile that links to its details (a box of boxes). */
function helpLink(el: Element): boolean {
  const a = el.closest('a');
  return !!a && !a.querySelector('div, p, section, ul, dl, table');
}

/** Every status notice among the page's own short texts, in page order; links (help pages) state none. */
export function statusNotices(page: PageText): { status: Known; text: string; el: Element }[] {
  const out: { status: Known; text: string; el: Element }[] = [];
  for (const { el, text } of shortTexts(page, 60)) {
    const c = classifyStatus(text);
    if (c && !(c.status === 'normal' ? disabled(el) : helpLink(el))) out.push({ status: c.status, text, el });
  }
  return out;
}

/** The worst status the page's own short texts state. */
export function detectStatus(doc: Document, page = readPage(doc)): { status: Known; text: string } | undefined {
  let best: { status: Known; text: string } | undefined;
  for (const { status, text } of statusNotices(page)) if (!best || STATUS_RANK[status] > STATUS_RANK[best.status]) best = { status, text };
  return best;
}

/** What one text says about the 提额 entry (true: offered, false: closed, undefined: nothing). */
export function increaseInText(text: string): boolean | undefined {
  const t = normalizeText(text);
  if (QUESTION.test(t)) return undefined;
  if (CLOSED_ENTRY.test(t)) return false;
  return ENTRY_IN_TEXT.test(t) ? true : undefined;
}

/** true: a 提额 entry is offered; false: it is closed or shown disabled; undefined: not seen. */
export function detectIncrease(doc: Document, page?: PageText): boolean | undefined {
  let seen: boolean | undefined;
  for (const { el, text } of shortTexts(page ?? readPage(doc), 40)) {
    if (CLOSED_ENTRY.test(text)) return false;
    if (ENTRY.test(text)) {
      if (disabled(el)) return false;
      seen = true;
    }
  }
  return seen;
}

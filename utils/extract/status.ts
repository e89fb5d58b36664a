// Account status and the limit-increase entry, read from the short texts a page shows. Help pages,
// FAQs and footers talk about 冻结 or 提额 in general; only the account's own notices count.
import type { Status } from '../model/types';
import { normalizeText } from './numbers';

type Known = Exclude<Status, 'unknown'>;

// Worst first: when a page says several things, the worst one wins.
// Global regexes: matchAll copies them, so no lastIndex is shared between calls.
const PHRASES: [Known, RegExp][] = [
  ['closed', /服务已关闭|额度已清零|已注销|已关闭|服务关闭|account (?:has been |is )?closed/gi],
  ['frozen', /额度已冻结|冻结|止付|账户被锁定|账户已锁定|暂停使用|状态异常|\bfrozen\b|\bsuspended\b/gi],
  [
    'limited',
    /暂时无法使用|暂无借款额度|暂无可用额度|暂无额度|无法借款|综合评估暂未通过|经综合评估暂不支持|综合评分不足|请\s*(?:\d+|[一二两三四五六七八九十]+)\s*个月后再试|额度评估中/g,
  ],
];
const STATUS_LABEL = /^(?:(?:账户|额度|卡片|当前|借款)?状态|(?:account |card )?status)\s*:?\s*/i;
const NORMAL = /^(?:正常|可借|去借钱|立即借款|active|normal|in good standing)$/i;
// "未冻结" / "不会冻结" deny the phrase that follows.
const NEGATED = /[未无非不没免防]$/;
// "自动还款已关闭", "积分已冻结": the phrase is about something other than the credit line;
// "如额度被冻结，请…", "逾期可能导致冻结": a condition in help text, not the account's state.
const OTHER_SUBJECT =
  /(?:自动还款|提醒|通知|推送|短信|免密|积分|优惠券|红包|订单|如果|若|如|一旦|可能|会被|将会|将被|以免|避免|防止|导致)[^,.;!，。；！]*$/;
// Explanations ("额度冻结一般由…引起", "说明系统综合评估暂未通过") describe cases, not this account.
const GENERAL = /一般|通常|说明|建议|是指|例如|比如|包括|怎么办|以下情况/;
const QUESTION = /[?？]|如何|怎么|怎样|为什么|什么|是否|吗/;

const INCREASE_CLOSED = /提额功能暂不可用|暂无提额机会|暂不支持提额|暂无法提额|提额暂不可用/;
const INCREASE_ENTRY = /^(?:去提额|申请提额|提升额度|立即提额)\s*[>›»]*$/;

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

// ---- Which parts of a page are readable text (shared with the generic extractor) ----

const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'SVG']);
// A news story or blog post talks about other people's accounts.
const NOISE_TAGS = new Set(['FOOTER', 'NAV', 'ASIDE', 'ARTICLE']);
// class/id words of boxes that advertise or explain rather than show the account.
const NOISE_WORDS =
  /^(?:faq|faqs|qa|help|question|questions|footer|foot|nav|navbar|menu|banner|promo|promotion|ad|ads|advert|marketing|hero|slogan|news|article|agreement|protocol|disclaimer|copyright)$/i;
const INLINE = new Set(['SPAN', 'B', 'I', 'EM', 'STRONG', 'FONT', 'SMALL', 'SUP', 'SUB', 'U', 'A', 'LABEL', 'ABBR', 'CODE']);

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
}

/** Elements outside scripts, hidden boxes, footers, navigation, ads and help text, with their texts. */
export function readPage(root: ParentNode): PageText {
  const noisy = new Map<Element, boolean>();
  const isNoisy = (el: Element | null): boolean => {
    if (!el) return false;
    let v = noisy.get(el);
    if (v === undefined) {
      const tag = el.tagName.toUpperCase();
      const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/[^A-Za-z0-9]+/);
      v = UNREAD.has(tag) || NOISE_TAGS.has(tag) || hidden(el) || words.some((w) => NOISE_WORDS.test(w));
      v ||= isNoisy(el.parentElement);
      noisy.set(el, v);
    }
    return v;
  };
  // Each subtree is flattened once, so reading every element stays linear in the page size.
  const raw = new Map<Node, string>();
  const owners = new Set<Node>();
  const rawText = (node: Node): string => {
    let s = raw.get(node);
    if (s !== undefined) return s;
    s = '';
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const v = child.nodeValue ?? '';
        if (v.trim()) owners.add(node);
        s += v;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (UNREAD.has(tag) || hidden(el)) continue;
        s += INLINE.has(tag) ? rawText(el) : ' ' + rawText(el) + ' ';
      }
    }
    raw.set(node, s);
    return s;
  };
  const texts = new Map<Element, string>();
  return {
    els: Array.from(root.querySelectorAll('body *')).filter((el) => !isNoisy(el)),
    owns(el) {
      rawText(el);
      return owners.has(el);
    },
    text(el) {
      let t = texts.get(el);
      if (t === undefined) {
        // Callers only use short texts: a long one is cut before normalizing, never read whole.
        const r = rawText(el);
        t = normalizeText(r.length > 2000 ? r.slice(0, 2000) : r);
        texts.set(el, t);
      }
      return t;
    },
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

/** The worst status the page's own short texts state; links (help pages) never state one. */
export function detectStatus(doc: Document, page = readPage(doc)): { status: Known; text: string } | undefined {
  let best: { status: Known; text: string } | undefined;
  for (const { el, text } of shortTexts(page, 60)) {
    const c = classifyStatus(text);
    if (!c) continue;
    if (c.status === 'normal' ? disabled(el) : el.closest('a')) continue;
    if (!best || STATUS_RANK[c.status] > STATUS_RANK[best.status]) best = { status: c.status, text };
  }
  return best;
}

/** What one text says about the 提额 entry (true: offered, false: closed, undefined: nothing). */
export function increaseInText(text: string): boolean | undefined {
  const t = normalizeText(text);
  if (QUESTION.test(t)) return undefined;
  if (INCREASE_CLOSED.test(t)) return false;
  return /去提额|申请提额|提升额度|立即提额/.test(t) ? true : undefined;
}

/** true: a 提额 entry is offered; false: it is closed or shown disabled; undefined: not seen. */
export function detectIncrease(doc: Document, page?: PageText): boolean | undefined {
  let seen: boolean | undefined;
  for (const { el, text } of shortTexts(page ?? readPage(doc), 40)) {
    if (INCREASE_CLOSED.test(text)) return false;
    if (INCREASE_ENTRY.test(text)) {
      if (disabled(el)) return false;
      seen = true;
    }
  }
  return seen;
}

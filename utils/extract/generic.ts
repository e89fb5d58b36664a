// The generic label extractor: on a site the person enabled, pair the lexicon's labels with the
// values printed next to them. It records only what a careful reader would: product ads, prices,
// help text and masked values give nothing rather than a wrong number.
import type { ExtractedEvent, ExtractedObservation, Status } from '../model/types';
import { pageCardTail, tailsIn } from './card-tail';
import { cellsOf as cells, FOREIGN, YUAN_ONLY, yuanColumnText } from './currency';
import { detectKind } from './kind';
import { type AmountField, CJK_WORD, cleanLabel, type Field, LABEL_WORDS, LABELS, labelField } from './labels';
import { parseAmount } from './numbers';
import { type ParsedRate, parseRate } from './rates';
import { classifyStatus, detectIncrease, detectStatus, type PageText, readPage, STATUS_RANK } from './status';

type Result = { observations: ExtractedObservation[]; events: ExtractedEvent[] };
type Values = Partial<Record<AmountField | 'dailyRate' | 'apr', number>> & { status?: Status; statusText?: string };

const AMOUNT_FIELDS: readonly AmountField[] = ['totalLimit', 'availableLimit', 'usedAmount'];
const MAX_VALUE = 40;
const cap = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "标签：值" inside running text; the label must start the text or follow punctuation. H5 pages
// also glue the label to the digits: "总额度10000元，日利率低至万5".
const INLINE = new RegExp(
  `(?:^|[\\s,;|。、)])(${LABEL_WORDS.map(esc).join('|')})(?:\\s*\\([^)]*\\))?(?:\\s*:|\\s+(?=[-¥$\\d]|rmb|cny)|(?=[¥\\d]))`,
  'gi',
);
// Where a value in running text ends: the next sentence ("，日利率…"), not a thousands comma.
const SENTENCE_END = /,(?!\d{3}(?!\d))|;|。/;
const RATE_START = new RegExp(`^(?:${[...LABELS.dailyRate, ...LABELS.apr].filter((w) => /[^a-z ]/.test(w)).join('|')})`);
const LENDING = /额度|提额|授信|借款|借钱|贷款|信用卡|白条|金条|花呗|借呗|credit|loan/i;
// An invitation to apply marks a product page: its "最高可借" is the product's ceiling, not a limit.
const APPLY = /^(?:立即申请|马上申请|免费申请|一键申请|申请额度|测测额度|测一测额度|立即测额|查看我的额度|领取额度)$/;
const CEILING = new Set(['最高可借', '最高可借额度', '当前最高可借']);
const NOT_WORDS = /.*(?:→|为|至|到)|\([^)]*\)|人民币|[元万亿千约\s]/g;

/** Collects the best value per field: a lower label rank wins, then the first one seen. */
class Found {
  private ranks = new Map<string, number>();
  values: Values = {};
  /** What the page calls this line (产品名称, 卡号 …): part of the account's id, so a masked card
   *  number is cut to its tail, and a text with a run of five digits (a full number) is not kept. */
  product?: string;
  add(field: Field, rank: number, text: string): boolean {
    if (field === 'product') {
      const tail = tailsIn(text)[0];
      this.product ??= tail ? `尾号${tail}` : /\d{5}/.test(text) ? undefined : cap(text, 80) || undefined;
      return this.product !== undefined;
    }
    if (field === 'status') {
      const c = classifyStatus(text);
      if (!c || STATUS_RANK[c.status] <= STATUS_RANK[this.values.status ?? 'unknown']) return !!c;
      this.values.status = c.status;
      this.values.statusText = cap(text, 200);
      return true;
    }
    if (field === 'dailyRate' || field === 'apr') {
      const r = parseRate(text, field === 'dailyRate' ? 'daily' : 'annual');
      if (!r) return false;
      for (const k of ['dailyRate', 'apr'] as const) if (r[k] !== undefined) this.set(k, k === field ? rank : 99, r[k]);
      return true;
    }
    // The history holds yuan: a dollar column or "USD 1,000" is not this account's limit. A value
    // with words left after its change and units ("最高可借88,888 立即申请", an advert beside the label)
    // is a sentence, not this account's amount.
    if (FOREIGN.test(text) || CJK_WORD.test(text.replace(NOT_WORDS, ''))) return false;
    const n = parseAmount(text);
    if (n === undefined) return false;
    this.set(field, rank, n);
    return true;
  }
  addRate(r: ParsedRate | undefined): void {
    if (r?.dailyRate !== undefined) this.set('dailyRate', 50, r.dailyRate);
    if (r?.apr !== undefined) this.set('apr', 50, r.apr);
  }
  merge(o: Found): void {
    for (const [k, v] of Object.entries(o.values)) {
      if (typeof v === 'number') this.set(k as keyof Values, o.ranks.get(k) ?? 99, v);
      else if (k === 'status') this.add('status', 0, o.values.statusText ?? '');
    }
  }
  private set(field: keyof Values, rank: number, v: number): void {
    if ((this.ranks.get(field) ?? Infinity) <= rank) return;
    this.ranks.set(field, rank);
    (this.values as Record<string, number>)[field] = v;
  }
}

const keep = (texts: string[]): string[] => {
  const masked = texts.findIndex((t) => t.includes('*'));
  return (masked < 0 ? texts : texts.slice(0, masked)).filter((t) => t.length <= MAX_VALUE && !labelField(t));
};

/**
 * Texts near a label that may hold its value, best first; stops at a masked value. The value
 * follows the label (its next sibling, past a cell that only names the yuan), or sits in the same
 * text, or above it (`<b>6,500.00</b><span>可用额度(元)</span>`) when nothing numeric follows and
 * the text above is not another label's value. In a table headed 人民币 | 美元 it is the yuan column.
 */
function valueTexts(page: PageText, label: Element, labelText: string): string[] {
  let e = label;
  for (let depth = 0; depth < 3 && e.parentElement; depth++) {
    const parent = e.parentElement;
    const whole = page.text(parent);
    if (whole === labelText) {
      e = parent;
      continue;
    }
    if (/^t[hd]$/i.test(e.tagName)) {
      const column = yuanColumnText(e, (c) => page.text(c));
      if (column !== null) return keep(column ? [column] : []);
    }
    const out: string[] = [];
    let next = e.nextElementSibling;
    // A cell between label and value that only names the yuan (`授信额度 | CNY | 60,000`). Inline, a
    // lone ¥ is part of a split value (`<span>¥</span><span>12</span>…`): the whole text reads it.
    while (next && /^t[hd]$/i.test(next.tagName) && YUAN_ONLY.test(page.text(next))) next = next.nextElementSibling;
    const nextText = next ? page.text(next) : undefined;
    // A foreign amount ("USD | 9,000", "USD 9,000") is refused where it is read (Found.add).
    if (nextText !== undefined) out.push(nextText);
    if (whole.startsWith(labelText)) out.push(whole.slice(labelText.length));
    else if (whole.endsWith(labelText)) out.push(whole.slice(0, -labelText.length));
    const prev = e.previousElementSibling;
    const aboveIsOthers = prev?.previousElementSibling ? labelField(page.text(prev.previousElementSibling)) !== undefined : false;
    if (prev && !aboveIsOthers && (nextText === undefined || !/[\d*]|--/.test(nextText))) out.push(page.text(prev));
    return keep(out);
  }
  return [];
}

/** A table with a header row of labels: one record per data row. */
function readTable(table: Element, page: PageText, readable: Set<Element>): { product?: string; found: Found }[] | undefined {
  const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table && readable.has(r));
  const headAt = rows.findIndex((r) => {
    const fields = cells(r).map((c) => labelField(page.text(c))?.field);
    const valued = fields.filter((f) => f && f !== 'product' && f !== 'status').length;
    // One amount label is enough (an e-statement's 信用额度 | 到期还款日 over its values).
    return valued >= 1 && cells(r).every((c) => parseAmount(page.text(c)) === undefined);
  });
  const head = rows[headAt];
  if (!head) return undefined;
  const cols = cells(head).map((c) => labelField(page.text(c)));
  // A 合计 row sums the cards above it; it is no account of its own.
  const data = rows.slice(headAt + 1).filter((r) => !/^(?:合计|总计|小计|total)/i.test(page.text(r)));
  return data.map((r) => {
    const found = new Found();
    let product: string | undefined;
    cells(r).forEach((c, i) => {
      const col = cols[i];
      const text = page.text(c);
      if (col?.field === 'product' && text) product ??= cap(text, 80);
      else if (col) found.add(col.field, col.rank, text);
    });
    return { product, found };
  });
}

const hasAmount = (v: Values) => AMOUNT_FIELDS.some((f) => v[f] !== undefined);
const hasRate = (v: Values) => v.dailyRate !== undefined || v.apr !== undefined;

// No lender: a page's title (我的, 信用卡首页, a mail subject) names no lender. The background names
// the account from the site (utils/lender-hosts.ts), or what the person called it when tracking it.
function observation(page: PageText, title: string, v: Values, product?: string): ExtractedObservation {
  const o: ExtractedObservation = { status: v.status ?? 'unknown' };
  const kind = detectKind(page, title, v.usedAmount !== undefined);
  if (product) o.product = product;
  if (kind) o.kind = kind;
  for (const f of [...AMOUNT_FIELDS, 'dailyRate', 'apr'] as const) if (v[f] !== undefined) o[f] = v[f];
  if (v.statusText) o.statusText = v.statusText;
  return o;
}

export function extractGeneric(doc: Document, _url: URL): Result {
  const none: Result = { observations: [], events: [] };
  // A news story about 降额 is not the reader's account.
  if (doc.querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article') return none;
  // Neither is a help centre.
  if (/帮助中心|常见问题|help center|\bfaq\b/i.test(doc.title ?? '')) return none;
  const page = readPage(doc);
  const els = page.els;
  const readable = new Set(els);

  // A card list (卡号 | 信用额度 | 可用额度 …) with two or more rows: one observation per card.
  const done = new Set<Element>();
  const found = new Found();
  const perRow: ExtractedObservation[] = [];
  for (const table of els.filter((e) => e.tagName.toUpperCase() === 'TABLE')) {
    const recs = readTable(table, page, readable)?.filter((r) => hasAmount(r.found.values));
    if (!recs?.length) continue;
    table.querySelectorAll('*').forEach((e) => done.add(e));
    if (recs.length === 1) {
      found.merge(recs[0]!.found);
      found.product ??= recs[0]!.product;
    } else perRow.push(...recs.map((r) => observation(page, doc.title, r.found.values, r.product)));
  }
  if (perRow.length) return { observations: perRow, events: [] };

  let lendingContext = LENDING.test(doc.title ?? '');
  const applyPage = els.some((el) => APPLY.test(el.getAttribute('value') || page.text(el)));
  const allowed = (labelText: string) => !applyPage || !CEILING.has(cleanLabel(labelText));
  for (const el of els) {
    if (done.has(el)) continue;
    const text = page.text(el);
    if (text.length > 120) continue;
    if (LENDING.test(text)) lendingContext = true;
    const label = labelField(text);
    if (label) {
      if (allowed(text)) for (const v of valueTexts(page, el, text)) if (found.add(label.field, label.rank, v)) break;
      continue;
    }
    // Inline "标签：值" in a text the element writes itself.
    if (!page.owns(el)) continue;
    const hits = /[:\d]/.test(text) ? [...text.matchAll(INLINE)] : [];
    hits.forEach((m, i) => {
      const l = labelField(m[1] ?? '');
      const from = (m.index ?? 0) + m[0].length;
      // The value ends where the next "标签：" starts, known label or not.
      const value =
        (text.slice(from, hits[i + 1]?.index ?? text.length).split(/\s+(?=[^\s:]{1,12}:)/)[0] ?? '').split(SENTENCE_END)[0] ?? '';
      const glued = !/[:\s]$/.test(m[0]);
      // In running text a ceiling without a colon ("最高可借 200,000", "最高可借200,000") is an
      // advert's wording, never an account's; "最高可借额度：50,000" may be one.
      if (!l || !allowed(m[1] ?? '') || (!m[0].endsWith(':') && CEILING.has(cleanLabel(m[1] ?? '')))) return;
      // Glued, the value reads with its label: "日费用6分" says how a rate is counted.
      found.add(l.field, l.rank, (glued && /Rate|apr/.test(l.field) ? m[1] : '') + value.trim());
    });
    // "日利率0.035%" with no colon: the rate label starts the text.
    if (!hits.length && RATE_START.test(text) && text.length <= 60) found.addRate(parseRate(text));
  }

  const v = found.values;
  const notice = detectStatus(doc, page);
  if (notice && STATUS_RANK[notice.status] > STATUS_RANK[v.status ?? 'unknown']) {
    v.status = notice.status;
    v.statusText = cap(notice.text, 200);
  }
  const serious = STATUS_RANK[v.status ?? 'unknown'] > STATUS_RANK.normal;
  const increase = detectIncrease(doc, page);
  // The 提额 entry counts even where no amount shows, as long as the page states the account's
  // state too (an observation carries an amount, a rate or a known status: history-format.md).
  const entryOnly = increase !== undefined && v.status !== undefined && v.status !== 'unknown' && lendingContext;
  if (!hasAmount(v) && !hasRate(v) && !(serious && lendingContext) && !entryOnly) return none;
  const o = observation(page, doc.title, v, found.product ?? pageCardTail(page));
  if (increase !== undefined) o.increaseAvailable = increase;
  return { observations: [o], events: [] };
}

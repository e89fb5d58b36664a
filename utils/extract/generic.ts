// The generic label extractor: on a site the person enabled, pair the lexicon's labels with the
// values printed next to them. It records only what a careful reader would: product ads, prices,
// help text, fine print and masked values give nothing rather than a wrong number. A page showing
// several products (花呗 and 借呗 on one assets page) gives one observation per product.
import { AD_WORDS, APPLY_CUES, CEILING_LABELS, NOT_ACCOUNT_TITLES } from '../lexicon/cues';
import { alternation, anyOf } from '../lexicon/patterns';
import type { AccountKind, ExtractedEvent, ExtractedObservation } from '../model/types';
import { pageCardTail } from './card-tail';
import { bandPairs } from './bands';
import { tailsIn } from './card-tail';
import { readGrid, readTable } from './card-table';
import { divTables } from './div-table';
import { FOREIGN } from './currency';
import { AMOUNT_FIELDS, cap, Found, hasAmount, hasRate, type Values } from './found';
import { FIGURE_THEN_LABEL, INLINE, LABEL_START, LEADS, RATE_START, SENTENCE_END, VALUE_THEN_WORDS } from './inline-patterns';
import { detectKind, nameKind } from './kind';
import { cleanLabel, despace, labelField, labelPair, productKind, unitScale } from './labels';
import { normalizeText } from './numbers';
import { parseRate } from './rates';
import { inAdBox, inFinePrint, PanelUnits, ProductSections } from './sections';
import { detectIncrease, readPage, STATUS_RANK, statusNotices } from './status';
import { Grids } from './table-grid';
import { valueTexts } from './value-texts';

type Result = { observations: ExtractedObservation[]; events: ExtractedEvent[] };

/** Tables read for card lists (a statement in web mail has a few; a bad page may have thousands). */
const MAX_TABLES = 100;
/** Rows of a table laid out to find a label's row mates. */
const MAX_ROWS = 200;
/** Lines of a plain-text mail read. */
const MAX_LINES = 400;
const LENDING = /额度|提额|授信|借款|借钱|贷款|信用卡|白条|金条|花呗|借呗|credit|loan/i;
// An invitation to apply marks a product page: its "最高可借" is the product's ceiling, not a limit,
// and a rate with no amount is the product's price.
const APPLY = new RegExp(`^(?:${alternation(APPLY_CUES, false)})$`, 'i');
const CEILING = new Set(CEILING_LABELS);
// An advert's word just before a label in running text ("最高 可借88,888", "低至 日利率…"): the label
// is part of the advert's sentence, not the account's.
const AD_BEFORE = new RegExp(`(?:${alternation(AD_WORDS)})\\s*$`, 'i');
const NOT_ACCOUNT = anyOf(NOT_ACCOUNT_TITLES);

// No lender: a page's title (我的, 信用卡首页, a mail subject) names no lender. The background names
// the account from the site (utils/lender-hosts.ts), or what the person called it when tracking it.
function observation(v: Values, kind: AccountKind | undefined, product?: string): ExtractedObservation {
  const o: ExtractedObservation = { status: v.status ?? 'unknown' };
  if (product) o.product = product;
  if (kind) o.kind = kind;
  for (const f of [...AMOUNT_FIELDS, 'dailyRate', 'apr'] as const) if (v[f] !== undefined) o[f] = v[f];
  if (v.statusText) o.statusText = v.statusText;
  return o;
}

/** One Found per product named on the page ('' for what no product's name covers). */
class Groups {
  private map = new Map<string, Found>();
  get(product = ''): Found {
    let f = this.map.get(product);
    if (!f) this.map.set(product, (f = new Found()));
    return f;
  }
  entries(): [string, Found][] {
    return [...this.map];
  }
}

export function extractGeneric(doc: Document, _url: URL): Result {
  const none: Result = { observations: [], events: [] };
  // A news story about 降额 is not the reader's account.
  if (doc.querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article') return none;
  // Neither is a help centre, a forum thread, an explainer or a comparison (the title says which).
  if (NOT_ACCOUNT.test(doc.title ?? '')) return none;
  const page = readPage(doc);
  const els = page.els;
  const readable = new Set(els);
  // A label cell in a row that another currency's cell heads (`美元账户 rowspan=3 | 信用额度 | 3,000.00`).
  const grids = new Grids((tr) => readable.has(tr), MAX_ROWS);
  const otherCurrencyRow = (el: Element) =>
    /^t[hd]$/i.test(el.tagName) &&
    grids.rowMates(el).some((c) => {
      const t = page.text(c);
      // A currency's name (美元账户, USD Account), not an empty side (＄---).
      return t.length <= 30 && !/\d/.test(t) && /[a-z\u3400-\u9fff]{2}/i.test(t) && FOREIGN.test(t) && !labelField(t);
    });
  const kindOf = (v: Values, product?: string) =>
    productKind(product) ?? nameKind(product) ?? detectKind(page, doc.title, v.usedAmount !== undefined);

  // Which product's or account's box each element sits in (a page of several), in one pass.
  const sections = new ProductSections(page);
  const sectionOf = new Map<Element, string>();
  for (const el of els) {
    sections.enter(el, page.text(el));
    const section = sections.at(el);
    if (section) sectionOf.set(el, section);
  }

  // A card list (卡号 | 信用额度 | 可用额度 …) with two or more rows: one observation per card. A
  // table of one row is one account's, named by its box (尾号1234, 新一贷) or its product cell.
  const done = new Set<Element>();
  const groups = new Groups();
  const perRow: ExtractedObservation[] = [];
  const tables = els.filter((e) => e.tagName.toUpperCase() === 'TABLE').slice(0, MAX_TABLES);
  const divs = new Map(divTables(page, readable).map((d) => [d.box, d.grid]));
  // 万元 by the label (可用额度(万元)) or once for its panel (单位：万元).
  const panels = new PanelUnits(page);
  for (const table of [...tables, ...[...divs.keys()].slice(0, MAX_TABLES)]) {
    if (done.has(table)) continue;
    const grid = divs.get(table);
    const unit = panels.scale(table);
    const recs = (grid ? readGrid(grid, page, unit) : readTable(table, page, readable, unit))?.filter((r) => hasAmount(r.found.values));
    if (!recs?.length) continue;
    table.querySelectorAll('*').forEach((e) => done.add(e));
    // Rows that name no card or product are a list of drawdowns or instalments, not of accounts.
    if (recs.length > 1 && recs.every((r) => !r.product)) continue;
    if (recs.length === 1) {
      const { product, found } = recs[0]!;
      const tail = product ? tailsIn(product)[0] : undefined;
      const group = groups.get(sectionOf.get(table) ?? (tail ? `尾号${tail}` : product));
      group.merge(found);
      group.product ??= product;
    } else perRow.push(...recs.map((r) => observation(r.found.values, kindOf(r.found.values, r.product), r.product)));
  }
  // A component table's fixed column is drawn as a second copy of the table: one card, read twice.
  const seen = new Set<string>();
  if (perRow.length)
    return { observations: perRow.filter((o) => !seen.has(JSON.stringify(o)) && !!seen.add(JSON.stringify(o))), events: [] };

  let lendingContext = LENDING.test(doc.title ?? '');
  const applyPage = els.some((el) => APPLY.test(el.getAttribute('value') || page.text(el)));
  const allowed = (labelText: string) => !applyPage || !CEILING.has(cleanLabel(labelText));
  // Fine print explains terms; an advert's card prices a product: neither gives this account a value.
  const scaleOf = (el: Element, labelText: string) => Math.max(unitScale(labelText), panels.scale(el));
  const aside = (el: Element, field: string) => inFinePrint(page, el) || (/Rate|apr/.test(field) && inAdBox(page, el));
  // A row of labels over (or under) a row of values, paired by position.
  for (const [labelEl, valueEl] of bandPairs(page, readable)) {
    if (done.has(labelEl)) continue;
    const text = page.text(labelEl);
    const label = labelField(text);
    if (!label || !allowed(text) || aside(labelEl, label.field)) continue;
    groups.get(label.product ?? sectionOf.get(labelEl)).add(label.field, label.rank, page.text(valueEl), scaleOf(labelEl, text));
    done.add(labelEl);
  }
  for (const el of els) {
    const text = page.text(el);
    const section = sectionOf.get(el);
    // A plain-text mail shown in a <pre>: each line is a box (信用额度    Credit Limit    RMB 18,000.00).
    if (el.tagName.toUpperCase() === 'PRE' && !done.has(el)) {
      for (const raw of (el.textContent ?? '').split('\n', MAX_LINES)) readLine(el, despace(normalizeText(raw)), section);
      continue;
    }
    if (done.has(el) || text.length > 120) continue;
    if (LENDING.test(text)) lendingContext = true;
    // "360分期可用额度(元)" in the 360分期 box: the box's name, then a label.
    const label = labelField(text) ?? (section && text.startsWith(section) ? labelField(text.slice(section.length)) : undefined);
    if (label) {
      const found = groups.get(label.product ?? section);
      if (allowed(text) && !aside(el, label.field) && !otherCurrencyRow(el))
        for (const v of valueTexts(page, el, text)) if (found.add(label.field, label.rank, v, scaleOf(el, text))) break;
      continue;
    }
    // 可用额度/总额度(元) over `4,200.00 / 6,000.00`: each half of the value under its half of the label.
    const pair = labelPair(text);
    if (pair) {
      const found = groups.get(section);
      if (allowed(text) && !aside(el, pair[0].field))
        for (const halves of valueTexts(page, el, text).map((v) => v.split('/')))
          if (halves.length === 2 && pair.every((l, i) => found.add(l.field, l.rank, halves[i]!, scaleOf(el, text)))) break;
      continue;
    }
    // Inline "标签：值" in a text the element writes itself (its label maybe spaced out: 信 用 额 度：).
    if (!page.owns(el) || inFinePrint(page, el)) continue;
    const line = despace(section && text.startsWith(section) ? text.slice(section.length) : text);
    const labelled = readLine(el, line, section) > 0;
    // "日利率0.035%" with no colon: the rate label starts the text.
    if (!labelled && RATE_START.test(text) && text.length <= 60 && !inAdBox(page, el)) groups.get(section).addRate(parseRate(text));
    // "8,000.00 可用额度(元)": a figure, then its label as the box's own text (`<b>8,000.00</b><br>可用额度(元)`).
    const after = labelled ? undefined : FIGURE_THEN_LABEL.exec(line);
    const l = after ? labelField(after[2]!) : undefined;
    // On a page or in a card inviting to apply, such a figure is a product's advertised one.
    if (after && l && !/^(?:status|product)$/.test(l.field) && !applyPage && !aside(el, l.field) && !inAdBox(page, el))
      groups.get(l.product ?? section).add(l.field, l.rank, after[1]!, scaleOf(el, after[2]!));
  }

  /** Inline "标签：值" in one line of text an element writes itself; how many labels it holds. */
  function readLine(el: Element, line: string, section: string | undefined): number {
    const hits = /[:\d]/.test(line) && LABEL_START.test(line) ? [...line.matchAll(INLINE)] : [];
    hits.forEach((m, i) => {
      const l = labelField(m[1] ?? '');
      const from = (m.index ?? 0) + m[0].length;
      // The value ends where the next "标签：" starts, known label or not.
      const value =
        (line.slice(from, hits[i + 1]?.index ?? line.length).split(/\s+(?=[^\s:]{1,12}:)/)[0] ?? '').split(SENTENCE_END)[0] ?? '';
      const glued = !/[:\s]$/.test(m[0]);
      // …and where, after its number, words begin ("100,000.00元　额度有效期至2027-03-01").
      const own = VALUE_THEN_WORDS.exec(value)?.[1] ?? value;
      // In running text a ceiling without a colon ("最高可借 200,000", "最高可借200,000") is an
      // advert's wording, never an account's; "最高可借额度：50,000" may be one.
      if (!l || !allowed(m[1] ?? '') || (!m[0].endsWith(':') && CEILING.has(cleanLabel(m[1] ?? '')))) return;
      if (AD_BEFORE.test(line.slice(0, (m.index ?? 0) + m[0].indexOf(m[1] ?? '')))) return;
      // "您的日利率为0.04%" tells the person's rate; "即年利率为4%" in an explanation tells none.
      if (/为\s*$/.test(m[0]) && !LEADS.test(m[1] ?? '')) return;
      if (/Rate|apr/.test(l.field) && inAdBox(page, el)) return;
      // Glued, the value reads with its label: "日费用6分" says how a rate is counted.
      const found = groups.get(l.product ?? section);
      found.add(l.field, l.rank, (glued && /Rate|apr/.test(l.field) ? m[1] : '') + own.trim(), scaleOf(el, m[0]));
    });
    return hits.length;
  }

  const notices = statusNotices(page);
  const noticed = new Set(notices.filter((n) => n.status !== 'normal').map((n) => sectionOf.get(n.el) ?? ''));
  for (const p of noticed) groups.get(p);
  // Only what holds a value or states a status is an account; a product's section counts as one only
  // beside another (a page about one product is that site's account, as it always was).
  const held = groups.entries().filter(([p, f]) => {
    // On a page inviting to apply, a rate alone is the product's advertised price.
    if (applyPage && !hasAmount(f.values)) f.dropRates();
    return hasAmount(f.values) || hasRate(f.values) || f.values.status !== undefined || noticed.has(p);
  });
  // One product and what no product's name covers are one account (网商贷 · 可用额度 over 总额度 …).
  const several = held.filter(([p]) => p).length > 1;
  if (several) return { observations: held.map(([p, f]) => finish(f, p || undefined)).filter((o) => !!o), events: [] };
  const one = new Found();
  for (const [, f] of held) one.merge(f);
  const o = finish(held.length === 1 ? held[0]![1] : one, undefined, true);
  return { observations: o ? [o] : [], events: [] };

  /** The group's observation with its status notices (the whole page's when it is the only one). */
  function finish(found: Found, product: string | undefined, whole = false): ExtractedObservation | undefined {
    const v = found.values;
    for (const n of notices) {
      if (!whole && (sectionOf.get(n.el) ?? '') !== (product ?? '')) continue;
      if (STATUS_RANK[n.status] <= STATUS_RANK[v.status ?? 'unknown']) continue;
      v.status = n.status;
      v.statusText = cap(n.text, 200);
    }
    const serious = STATUS_RANK[v.status ?? 'unknown'] > STATUS_RANK.normal;
    const increase = whole ? detectIncrease(doc, page) : undefined;
    // The 提额 entry counts even where no amount shows, as long as the page states the account's
    // state too (an observation carries an amount, a rate or a known status: history-format.md).
    const entryOnly = increase !== undefined && v.status !== undefined && v.status !== 'unknown' && lendingContext;
    if (!hasAmount(v) && !hasRate(v) && !(serious && lendingContext) && !entryOnly) return undefined;
    // A product names its account beside another's; a page about one product is the site's account,
    // as it always was (花呗可用额度 alone on a 花呗 page names no second history).
    const named = whole ? undefined : product;
    const o = observation(v, kindOf(v, named), named ?? found.product ?? pageCardTail(page));
    if (increase !== undefined) o.increaseAvailable = increase;
    return o;
  }
}

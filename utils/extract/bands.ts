// Labels and values laid out as two bands: a box of labels with a box of values just before or after
// it, the n-th label naming the n-th value (`<div class="nums"><b>8,600</b><b>20,000</b></div>
// <div class="names"><span>可用额度</span><span>总额度</span></div>`), or the e-statement's bands of
// absolutely positioned boxes, where a label sits over the value with the same `left:` whatever the
// DOM order, or one grid box whose first half are labels and second half values. The inline style
// is the only geometry read: it costs nothing and works without layout.
import { labelField } from './labels';
import type { PageText } from './status';

/** Boxes per band: a summary line has a handful; more is a list or a menu. */
const MAX_BAND = 12;
const MAX_TEXT = 40;
const NOT_BANDS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'UL', 'OL', 'SELECT']);
const LEFT = /(?:^|;)\s*left\s*:\s*(-?\d+(?:\.\d+)?)px/i;

const left = (el: Element): number | undefined => {
  const m = LEFT.exec(el.getAttribute('style') ?? '');
  return m ? Number(m[1]) : undefined;
};

/** The n-th value for the n-th label; by `left:` when every box of both bands states one. */
function pair(labels: Element[], values: Element[]): [Element, Element][] {
  const ls = labels.map(left);
  const vs = values.map(left);
  if (ls.some((x) => x === undefined) || vs.some((x) => x === undefined)) return labels.map((l, i) => [l, values[i]!]);
  return labels.map((l, i) => {
    let best = 0;
    vs.forEach((v, j) => {
      if (Math.abs(v! - ls[i]!) < Math.abs(vs[best]! - ls[i]!)) best = j;
    });
    return [l, values[best]!];
  });
}

/** Every (label box, value box) pair of the page's bands, among the elements read. */
export function bandPairs(page: PageText, readable: ReadonlySet<Element>): [Element, Element][] {
  const out: [Element, Element][] = [];
  const kids = (el: Element) => Array.from(el.children).filter((k) => readable.has(k));
  const texts = (els: Element[]) => els.map((k) => page.text(k));
  const labelBand = (ts: string[]) =>
    ts.every((t) => t.length <= MAX_TEXT && !/\d/.test(t)) &&
    ts.some((t) => labelField(t) && !/^(?:product|status)$/.test(labelField(t)!.field));
  const valueBand = (ts: string[]) => ts.every((t) => t && t.length <= MAX_TEXT && /\d|\*|--/.test(t));
  // Within one box every label half must be labels: `<span>可用额度：</span><span>¥</span><span>12</span>
  // <span>,345.67</span>` is one value split across spans, not two bands.
  const allLabels = (ts: string[]) => ts.every((t) => labelField(t));
  const both = (a: Element[], b: Element[], oneBox = false) => {
    const [ta, tb] = [texts(a), texts(b)];
    if (labelBand(ta) && valueBand(tb) && (!oneBox || allLabels(ta))) out.push(...pair(a, b));
    else if (valueBand(ta) && labelBand(tb) && (!oneBox || allLabels(tb))) out.push(...pair(b, a));
  };
  for (const el of readable) {
    // One box holding both bands, placed by a CSS grid: its first half labels, its second values.
    const own = kids(el);
    if (own.length >= 4 && own.length <= 2 * MAX_BAND && own.length % 2 === 0 && !NOT_BANDS.has(el.tagName.toUpperCase()))
      both(own.slice(0, own.length / 2), own.slice(own.length / 2), true);
    const next = el.nextElementSibling;
    if (!next || !readable.has(next) || NOT_BANDS.has(el.tagName.toUpperCase())) continue;
    const a = kids(el);
    if (a.length < 2 || a.length > MAX_BAND) continue;
    const b = kids(next);
    if (b.length === a.length) both(a, b);
  }
  return out;
}

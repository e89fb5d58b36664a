// Where a label's value is printed, near the label: the next box, the rest of the label's own text,
// the box above, or the yuan column of a table headed by currencies.
import { FOREIGN, YUAN_ONLY, yuanColumnText } from './currency';
import { labelField } from './labels';
import type { PageText } from './status';

const MAX_VALUE = 40;

const keep = (texts: string[]): string[] => {
  const masked = texts.findIndex((t) => t.includes('*'));
  // A note in brackets after the value (35,000.00（含临时额度5,000.00…）) does not make it a sentence.
  return (masked < 0 ? texts : texts.slice(0, masked)).filter((t) => t.replace(/\([^()]*\)/g, '').length <= MAX_VALUE && !labelField(t));
};

/**
 * Texts near a label that may hold its value, best first; stops at a masked value. The value
 * follows the label (its next sibling, past a cell that only names the yuan), or sits in the same
 * text, or above it (`<b>6,500.00</b><span>可用额度(元)</span>`) when nothing numeric follows and
 * the text above is not another label's value. In a table headed 人民币 | 美元 it is the yuan column.
 */
export function valueTexts(page: PageText, label: Element, labelText: string): string[] {
  let e = label;
  for (let depth = 0; depth < 3 && e.parentElement; depth++) {
    const parent = e.parentElement;
    const whole = page.text(parent);
    // The label wrapped alone, or with only words beside it (`<p>微粒贷</p><p>微粒贷（可借额度）</p>`,
    // the value in the next box): its wrapper's siblings hold the value.
    if (whole === labelText || (depth < 2 && !e.nextElementSibling && !/[\d*]|--/.test(whole) && parent.nextElementSibling)) {
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
    // A dollar cell first (`信用额度 | ＄2,000.00 | ￥30,000.00`): the yuan one follows it.
    // An old layout's cell holding only the colon (`信用额度 | ： | 35,000.00`) too.
    while (
      next &&
      /^t[hd]$/i.test(next.tagName) &&
      (YUAN_ONLY.test(page.text(next)) || FOREIGN.test(page.text(next)) || page.text(next) === ':')
    )
      next = next.nextElementSibling;
    const nextText = next ? page.text(next) : undefined;
    // A foreign amount ("USD | 9,000", "USD 9,000") is refused where it is read (Found.add).
    if (nextText !== undefined) out.push(nextText);
    if (whole.startsWith(labelText)) out.push(whole.slice(labelText.length));
    else if (whole.endsWith(labelText)) out.push(whole.slice(0, -labelText.length));
    const prev = e.previousElementSibling;
    const aboveIsOthers = prev?.previousElementSibling ? labelField(page.text(prev.previousElementSibling)) !== undefined : false;
    if (prev && !aboveIsOthers && (nextText === undefined || !/[\d*]|--/.test(nextText))) out.push(page.text(prev));
    // Last, the box after the label's own box, when that box holds the label and a note under it
    // (Vant's cell: `<div class="title"><span>总额度</span><div class="label">有效期至…</div></div><div class="value">…`).
    if (depth === 0 && nextText !== undefined && whole.length <= MAX_VALUE && parent.nextElementSibling)
      out.push(page.text(parent.nextElementSibling));
    return keep(out);
  }
  return [];
}

// Small label readers for the lenders' adapters: the element whose own text is one of a few labels,
// and the amount (or rate) printed beside it (`<dt>可用额度</dt><dd>…</dd>`, a value above its label)
// or after it in the same text (`信用额度：¥50,000.00`, `日利率：0.05%`); and the status a known box
// states. The generic extractor does this for any page but is too big for lenders.js
// (tests/e2e/manifest.test.ts budget); an adapter knows its labels.
import { parseAmount } from '../extract/numbers';
import { parseRate } from '../extract/rates';
import { classifyStatus, type PageText } from '../extract/status';
import type { PageStatus, Rates } from './define';
import { AD_WORDS } from '../lexicon/cues';
import { anyOf } from '../lexicon/patterns';

// A product's ceiling or teaser ("最高200,000", "低至…"): not the person's amount.
const CEILING = anyOf(AD_WORDS, false);
// A value is a number with its currency and unit; words around it ("每月 5 日", an ad's "解冻 ¥ 8,888")
// make it a sentence that merely holds one.
const WORDS = /[\u3400-\u9fff]/;
const UNITS = /\([^)]*\)|人民币|[元万亿千]/g;
const ICON = /^(?:i|img|svg|br)$/i;
// After the label: nothing but a unit in brackets and a colon (texts are normalized: '：' is ':').
const TAIL = /^\s*(?:\([^()]*\))?\s*:?\s*$/;
const COLON = /^\s*(?:\([^()]*\))?\s*:\s*/;
// The value ends where the next word that is not part of a number starts ("50,000.00 可用额度:…").
const NEXT_WORD = /\s+(?=[^\d\s¥$.,\-千万亿元])/;
// A label starts the text or follows a space or punctuation ("最高可借额度" is not 可借额度).
const BOUNDARY = /[\s,;|。，、)]$/;

/**
 * An amount as printed, or undefined (masked, `--`, a ceiling, words around it; parseAmount leaves
 * out a misread too big to be anyone's: over the history's MAX_AMOUNT).
 */
export function amountOf(text: string | undefined): number | undefined {
  return text && text.length <= 40 && !CEILING.test(text) && !WORDS.test(text.replace(UNITS, '')) ? parseAmount(text) : undefined;
}

/** The text beside a label that stands alone: the next readable sibling with text, else the previous one. */
function beside(page: PageText, readable: Set<Element>, el: Element, own: string): string | undefined {
  for (let e = el, depth = 0; depth < 3; depth++) {
    const parent = e.parentElement;
    if (!parent) return undefined;
    const whole = page.text(parent);
    if (whole === own) {
      e = parent; // the label wrapped alone: its wrapper's siblings hold the value
      continue;
    }
    // Icons may sit between a label and its value; an empty value box means the value is not shown.
    for (const step of ['nextElementSibling', 'previousElementSibling'] as const) {
      for (let s = e[step]; s; s = s[step]) if (readable.has(s) && !ICON.test(s.tagName)) return page.text(s) || undefined;
    }
    return whole.startsWith(own) ? whole.slice(own.length) : undefined;
  }
  return undefined;
}

/** The value (read by `read`) for the first of `labels` (in list order) found among `els`, else undefined. */
function readLabelled(
  page: PageText,
  readable: Set<Element>,
  els: Element[],
  labels: readonly string[],
  read: (text: string | undefined) => number | undefined,
): number | undefined {
  for (const label of labels) {
    for (const el of els) {
      if (!page.owns(el)) continue;
      const text = page.text(el);
      const at = text.indexOf(label);
      if (at < 0 || (at > 0 && !BOUNDARY.test(text.slice(0, at)))) continue;
      const rest = text.slice(at + label.length);
      const value =
        at === 0 && TAIL.test(rest)
          ? beside(page, readable, el, text)
          : COLON.test(rest) && !CEILING.test(rest)
            ? rest.replace(COLON, '').split(NEXT_WORD)[0]
            : undefined;
      const n = read(value);
      if (n !== undefined) return n;
    }
  }
  return undefined;
}

type Read = (text: string | undefined) => number | undefined;

function readEach<K extends string>(
  page: PageText,
  fields: Readonly<Record<K, readonly string[]>>,
  root: Element | undefined,
  read: (key: K) => Read,
) {
  const out: Partial<Record<K, number>> = {};
  const readable = new Set(page.els);
  const els = root ? page.els.filter((el) => root.contains(el)) : page.els;
  for (const key of Object.keys(fields) as K[]) {
    const n = readLabelled(page, readable, els, fields[key], read(key));
    if (n !== undefined) out[key] = n;
  }
  return out;
}

/** Each field's amount, by the labels that name it, inside `root` (else the whole page). */
export function readFields<K extends string>(
  page: PageText,
  fields: Readonly<Record<K, readonly string[]>>,
  root?: Element,
): Partial<Record<K, number>> {
  return readEach(page, fields, root, () => amountOf);
}

/**
 * The rates by the labels that name them (`{ dailyRate: ['日利率'], apr: ['年化利率'] }`), inside `root`
 * (else the whole page). A label's kind wins over the words beside the number; a range or a "from"
 * rate (7.2%–24%, 低至, 起) is a product's advert and reads as nothing.
 */
export function readRates(page: PageText, fields: Readonly<Partial<Record<keyof Rates, readonly string[]>>>, root?: Element): Rates {
  return readEach(page, fields as Record<keyof Rates, readonly string[]>, root, (key) => {
    const hint = key === 'dailyRate' ? 'daily' : 'annual';
    return (text) => (text && text.length <= 40 ? parseRate(text, hint)?.[key] : undefined);
  });
}

/** The status a known box states (a badge, a card's state cell), with its text; undefined if it states none. */
export function statusIn(el: Element | null | undefined): PageStatus {
  const text = el?.textContent?.trim();
  const c = text ? classifyStatus(text) : undefined;
  return c && { status: c.status, text: text!.slice(0, 200) };
}

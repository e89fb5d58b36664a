// The figures of a screen: each value tied to its label (a small label over its number, beside it on
// its row, or under it; or one line "总额度 ¥80,000.00"), through the same label lexicon and number
// parsers as pages. A value without a known label is never recorded, whatever its size: the label
// decides (本月应还 over the big number is a bill, not a limit). Ceilings and ads never label anything.
import { cleanLabel, type Field, LABEL_WORDS, labelField } from '../extract/labels';
import { parseAmount } from '../extract/numbers';
import { parseRate } from '../extract/rates';
import type { ScreenField, ScreenFieldRead } from './types';
import { above, below, leftOf, type Line, rightOf } from './layout';
import { isAd, PHONE, valueKind } from './text';

type ValueField = Extract<ScreenField, 'totalLimit' | 'availableLimit' | 'usedAmount' | 'dailyRate' | 'apr'>;
const VALUE_FIELDS = new Set<Field>(['totalLimit', 'availableLimit', 'usedAmount', 'dailyRate', 'apr']);
const isRate = (f: ValueField) => f === 'dailyRate' || f === 'apr';

/** The field a label line names; none for ceilings (最高可借…) and ads, whose figures are the product's. */
export function screenLabel(text: string): ValueField | undefined {
  if (isAd(text) || /^最高/.test(cleanLabel(text))) return undefined;
  // An eye or info icon beside a label is read as a stray letter or sign ("可借额度(元)o", "总额度 ⓘ").
  const f = (labelField(text) ?? labelField(text.replace(/\s?[^\u4e00-\u9fff)\s]{1,2}$/, '')))?.field;
  return f && VALUE_FIELDS.has(f) ? (f as ValueField) : undefined;
}

// Chinese labels, longest first, to find "标签 值" pairs inside one line.
const INLINE = new RegExp(
  LABEL_WORDS.filter((w) => /[\u4e00-\u9fff]/.test(w) && VALUE_FIELDS.has(labelField(w)?.field ?? 'product'))
    .map((w) => w.replace(/[()]/g, '\\$&'))
    .join('|'),
  'g',
);
// What may sit between a label and its value: a unit or note in brackets, a colon.
const BETWEEN = /^\s*(?:\([^)]*\)\s*)*[:：]?\s*/;
// What may close a pair before the next one on its row: a bar or dot between them ("总额度 ¥20,000 | 已借 ¥8,000").
const DIVIDER = /\s*[|｜/·•丨]\s*$/;

// The unit a label gives its bare figures: 可借额度(万元) over 4.68 is 46,800 yuan.
const LABEL_UNIT = /[(（]\s*(万|千)元?\s*[)）]/;
const OWN_UNIT = /[千万亿]/;

/** A value's reading for a field: undefined when it does not fit (a rate under an amount label). */
function valueFor(field: ValueField, text: string, label = ''): number | 'masked' | undefined {
  const kind = valueKind(text);
  if (kind === 'masked') return 'masked';
  if (isRate(field)) {
    if (kind !== 'rate') return undefined;
    const r = parseRate(text, field === 'apr' ? 'annual' : 'daily');
    return field === 'apr' ? r?.apr : r?.dailyRate;
  }
  const n = kind === 'amount' ? parseAmount(text) : undefined;
  const unit = LABEL_UNIT.exec(label)?.[1];
  if (n === undefined || !unit || OWN_UNIT.test(text)) return n;
  return Math.round(n * (unit === '万' ? 1e4 : 1e3) * 100) / 100;
}

interface Found {
  field: ValueField;
  value: number | 'masked';
  text: string;
  lines: Line[];
}

/** "总额度 ¥80,000.00", "可用额度 ¥1,643.80 总额度 ¥2,000.00", "日利率0.02%": pairs inside one text. */
function inlinePairs(l: Pick<Line, 'text' | 'box'>, source: Line[]): Found[] {
  const marks = [...l.text.matchAll(INLINE)];
  if (marks[0]?.index !== 0 || isAd(l.text) || PHONE.test(l.text)) return [];
  const out: Found[] = [];
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.index ?? l.text.length;
    const field = screenLabel(m[0]);
    const after = l.text.slice((m.index ?? 0) + m[0].length, end);
    const rest = after.replace(BETWEEN, '').replace(DIVIDER, '').trim();
    const value = field && rest ? valueFor(field, rest, BETWEEN.exec(after)?.[0]) : undefined;
    if (field && value !== undefined) out.push({ field, value, text: l.text.slice(m.index, end).trim(), lines: source });
  });
  return out;
}

/** A line that may label the value under or beside it: a known label, or a few words without figures
 *  (本月应还(元) keeps its bill from being taken by a limit label further down). */
const labelLike = (t: string) => !!screenLabel(t) || (!/\d/.test(t) && t.length <= 12 && /[\u4e00-\u9fff]/.test(t));

/**
 * Columns joined by the detector: "可用额度(元) 总额度(元)" over "5,200.00 10,000.00" (or the values
 * over their captions) pair up in order when both lines split into as many parts.
 */
function columns(lines: readonly Line[], taken: Set<Line>): Found[] {
  const out: Found[] = [];
  for (const v of lines) {
    const values = v.text.split(' ');
    if (values.length < 2 || taken.has(v) || !values.every((t) => valueKind(t))) continue;
    for (const l of [above(lines, v), below(lines, v)]) {
      const labels = l?.text.split(' ') ?? [];
      if (!l || taken.has(l) || labels.length !== values.length || !labels.every((t) => labelLike(t))) continue;
      labels.forEach((t, i) => {
        const field = screenLabel(t);
        const value = field && valueFor(field, values[i]!, t);
        if (field && value !== undefined) out.push({ field, value, text: `${t} ${values[i]!}`, lines: [l, v] });
      });
      taken.add(l).add(v);
      break;
    }
  }
  return out;
}

/** Every labelled figure (masked ones too), in screen order. */
function labelled(lines: readonly Line[]): Found[] {
  const found: Found[] = [];
  const values = lines.filter((l) => valueKind(l.text) && !PHONE.test(l.text));
  const isValue = new Set(values);
  const owner = new Map<Line, Line>();
  const taken = new Set<Line>();
  const own = (v: Line, l: Line) => {
    owner.set(v, l);
    taken.add(l);
  };
  const joined = columns(lines, taken);
  // A label before its value (over it, or left on its row) first; under it only for values left over.
  for (const v of values) {
    const left = leftOf(lines, v);
    const l = left && !isValue.has(left) ? left : above(lines, v);
    if (l && !isValue.has(l) && !taken.has(l) && labelLike(l.text)) own(v, l);
  }
  for (const v of values) {
    const l = owner.has(v) ? undefined : below(lines, v);
    if (l && !isValue.has(l) && !taken.has(l) && screenLabel(l.text)) own(v, l);
  }
  // Rows that print the amount first and its small label after it on the row ("¥13,560.00 … 可用额度"):
  // a known label right of a value that nothing above or left of it names.
  for (const v of values) {
    const mine = owner.get(v);
    if (mine && screenLabel(mine.text)) continue;
    const r = rightOf(lines, v)[0];
    if (r && !isValue.has(r) && !taken.has(r) && screenLabel(r.text) && !inlinePairs(r, [r]).length) own(v, r);
  }
  for (const l of lines) {
    if (isValue.has(l)) {
      const label = owner.get(l);
      const field = label && screenLabel(label.text);
      const value = field && valueFor(field, l.text, label.text);
      if (field && value !== undefined) found.push({ field, value, text: `${label.text} ${l.text}`, lines: [label, l] });
    } else if (!taken.has(l)) {
      const own = inlinePairs(l, [l]);
      // A detector may cut one row "可用额度 ¥1,643.80 总额度 ¥2,000.00" anywhere: read it whole.
      const rest = own.length ? [] : rightOf(lines, l).filter((r) => !taken.has(r) && !owner.has(r));
      const row = rest.length ? inlinePairs({ text: [l, ...rest].map((r) => r.text).join(' '), box: l.box }, [l, ...rest]) : [];
      found.push(...own, ...row);
    }
  }
  const top = (f: Found) => f.lines[f.lines.length - 1]!.box[1];
  return [...found, ...joined].sort((a, b) => top(a) - top(b));
}

/** Where a second block starts: the top of the first label naming a field already read above it. */
export function repeatAt(lines: readonly Line[]): number | undefined {
  const seen = new Set<ValueField>();
  for (const f of labelled(lines)) {
    if (seen.has(f.field)) return Math.min(...f.lines.map((l) => l.box[1]));
    seen.add(f.field);
  }
  return undefined;
}

/** Every labelled figure of the screen, in screen order; the first of a field wins. */
export function readFields(lines: readonly Line[]): ScreenFieldRead[] {
  const out: ScreenFieldRead[] = [];
  const seen = new Set<ValueField>();
  for (const f of labelled(lines)) {
    if (seen.has(f.field)) continue;
    seen.add(f.field);
    // A masked figure is not shown: nothing is recorded for its field (and no later copy stands in).
    if (f.value !== 'masked') out.push({ field: f.field, value: f.value, text: f.text, boxes: f.lines.map((l) => l.box) });
  }
  return out;
}

// Text helpers for the credit report reader: the report's own ways of printing names, dates and
// amounts, as they come out of a web page or a PDF's text layer (full-width punctuation, spaces and
// line breaks anywhere inside a sentence, 年/月 with or without leading zeros).
import { MAX_AMOUNT } from '../model/types';

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const SPACE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Full-width ASCII → ASCII (，→, （→( ：→:), the odd dashes → '-'. Keeps 。 and spaces. */
export function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u2212\u2010\u2011\u2013\u2014]/g, '-');
}

/**
 * A name or sentence as printed, without the spaces and line breaks layouts and PDF text put inside
 * it: every run of spaces goes, except one between two Latin letters or digits of separate words
 * (`Standard Chartered`). Half-width punctuation.
 */
export function tight(s: string): string {
  return halfWidth(s)
    .replace(SPACE, (run, at: number, all: string) =>
      /[A-Za-z]/.test(all[at - 1] ?? '') && /[A-Za-z]/.test(all[at + run.length] ?? '') ? ' ' : '',
    )
    .trim();
}

/** One space for every run of spaces, half-width punctuation, trimmed: a cell's text. */
export const cellText = (s: string): string => halfWidth(s).replace(SPACE, ' ').trim();

/** `2026.09.12` · `2026-09-12` · `2026年9月12日` · `2026年09月12日` → [y, m, d] of a real date. */
export function ymd(text: string): [number, number, number] | undefined {
  const m = /(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})/.exec(halfWidth(text));
  return m ? realDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

export function realDate(y: number, m: number, d: number): [number, number, number] | undefined {
  const check = new Date(Date.UTC(y, m - 1, d));
  const ok = y >= 2000 - 50 && y <= 2100 && check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d;
  return ok ? [y, m, d] : undefined;
}

/** A moment of a China-time (Asia/Shanghai, UTC+8, no daylight saving) calendar day, as an ISO instant. */
export function chinaTime([y, m, d]: [number, number, number], h = 0, min = 0, s = 0): string | undefined {
  if (h > 23 || min > 59 || s > 59) return undefined;
  const t = Date.UTC(y, m - 1, d, h, min, s) - 8 * 3600_000;
  // The history holds instants in 2000–2100 only.
  return t >= Date.UTC(2000, 0, 1) && t < Date.UTC(2100, 0, 1) ? new Date(t).toISOString() : undefined;
}

/** The start of that day in China time. */
export const chinaMidnight = (text: string): string | undefined => {
  const d = ymd(text);
  return d && chinaTime(d);
};

/** `yyyymmdd` of a date, for ids. */
export const dayKey = ([y, m, d]: [number, number, number]): string => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;

/** An amount as the report prints it (`22,000` · `5,200.50` · `4203`), in yuan; masked or absurd → undefined. */
export function amountOf(text: string | undefined): number | undefined {
  const m =
    text === undefined
      ? null
      : /^\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?(?!\d)/.exec(halfWidth(text).replace(/(\d)[\s\u00a0]+(?=[\d,])/g, '$1'));
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
  return Number.isFinite(n) && n <= MAX_AMOUNT ? Math.round(n * 100) / 100 : undefined;
}

/** The amount right after a label in a tight sentence (`信用额度22,000` · `余额为12,800` · `信用额度折合人民币485`). */
export function amountAfter(sentence: string, label: RegExp): number | undefined {
  const m = new RegExp(label.source + String.raw`(?:折合人民币|为|是|:)?\s*(\d[\d,]*(?:\.\d{1,2})?)`).exec(sentence);
  return m ? amountOf(m[1]) : undefined;
}

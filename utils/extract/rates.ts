// Interest rates as lending pages print them, turned into fractions (日利率 0.035% → 0.00035).
// A range or a "from" rate advertises the product, not the person's price, so it gives nothing.
import { AD_WORDS, FROM_WORDS } from '../lexicon/cues';
import { alternation } from '../lexicon/patterns';
import { MAX_APR, MAX_DAILY_RATE } from '../model/types';
import { normalizeText } from './numbers';

export interface ParsedRate {
  dailyRate?: number;
  apr?: number;
}

type Kind = 'daily' | 'annual';

const RANGE = /\d\s*[%‰]?\s*(?:-|~|–|—|至|到)\s*\d/;
// An advert's words (低至, 最高, as low as …: utils/lexicon/cues.ts) or a "from" rate (3.6%起).
const MARKETING = new RegExp(`\\d\\s*[%‰]?\\s*(?:${alternation(FROM_WORDS, false)})|${alternation(AD_WORDS, false)}`, 'i');
const PERCENT = /(\d+(?:\.\d+)?)\s*([%‰])/g;
const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN = '[零〇一二两三四五六七八九]';
// "万分之五", "万分之3.5", "日息万五": a daily rate in units of 0.01 %.
const SPOKEN = new RegExp(`(?:^|[^\\d])万(分之)?(\\d+(?:\\.\\d+)?|${CN}(?:点${CN}+)?)(?![\\d千百万亿元块])`);
// "日费用6分": fen (0.01 yuan) per 1,000 yuan per day.
const FEN = new RegExp(`(?:日费用?|每千元)[^\\d%]{0,6}?(\\d+(?:\\.\\d+)?|${CN})\\s*分(?![之期])`);

/**
 * Ten significant digits: enough for any printed rate, and no 0.035/100 float noise. A rate above
 * what the history holds is a misreading (digits split by a space: "0.0 35%"), never a rate.
 */
const tidy = (x: number, max: number): number | undefined =>
  Number.isFinite(x) && x >= 0 && x <= max ? Number(x.toPrecision(10)) : undefined;
const daily = (x: number) => tidy(x, MAX_DAILY_RATE);

function cnNumber(s: string): number {
  if (/^\d/.test(s)) return Number(s);
  const [int = '', frac = ''] = s.split('点');
  const digits = (d: string) => [...d].map((c) => CN_DIGIT[c] ?? 0).join('');
  return Number(digits(int) + (frac ? '.' + digits(frac) : ''));
}

/** Which rate a keyword near the number names; with both (年化…按日), the size decides. */
function kindOf(before: string, after: string, value: number): Kind | undefined {
  const annual = /年|APR|annual|yearly|p\.a/i.test(before);
  const daily = /日|天|daily|per day/i.test(before);
  if (annual && daily) return value >= 0.005 ? 'annual' : 'daily';
  if (annual) return 'annual';
  if (daily) return 'daily';
  if (/^\s*[/每]?\s*(?:日|天|day)/i.test(after)) return 'daily';
  if (/^\s*[/每]?\s*(?:年|year)/i.test(after)) return 'annual';
  return undefined;
}

/** Parses a daily rate and/or an APR; `hint` names the kind when the text itself does not. */
export function parseRate(text: string, hint?: Kind): ParsedRate | undefined {
  const t = normalizeText(text);
  if (RANGE.test(t) || MARKETING.test(t)) return undefined;
  const out: ParsedRate = {};
  const tokens = [...t.matchAll(PERCENT)];
  tokens.forEach((m, i) => {
    const start = m.index ?? 0;
    const prevEnd = i > 0 ? (tokens[i - 1]?.index ?? 0) + (tokens[i - 1]?.[0].length ?? 0) : 0;
    const end = start + m[0].length;
    const value = Number(m[1]) / (m[2] === '‰' ? 1000 : 100);
    const kind = kindOf(t.slice(prevEnd, start), t.slice(end, tokens[i + 1]?.index ?? t.length), value) ?? hint;
    if (kind === 'daily') out.dailyRate ??= daily(value);
    if (kind === 'annual') out.apr ??= tidy(value, MAX_APR);
  });
  if (out.dailyRate === undefined) {
    const spoken = SPOKEN.exec(t);
    const fen = FEN.exec(t) ?? (hint === 'daily' ? /^(\d+(?:\.\d+)?)\s*分$/.exec(t) : null);
    // A bare "万X" is a rate only where the text is about interest ("万一" also means "in case").
    if (spoken?.[2] && (spoken[1] || hint || spoken[0] === t || /日|息|利|费/.test(t))) out.dailyRate = daily(cnNumber(spoken[2]) / 10000);
    else if (fen?.[1]) out.dailyRate = daily(cnNumber(fen[1]) / 100000);
  }
  if (out.dailyRate === undefined) delete out.dailyRate;
  if (out.apr === undefined) delete out.apr;
  return out.dailyRate === undefined && out.apr === undefined ? undefined : out;
}

// Cell values of bill rows: China-local times and yuan amounts.
import { parseAmount } from '../extract/numbers';

import { MAX_AMOUNT } from '../model/types';

/** The history's cap on amounts (utils/model/types.ts). */
export const MAX_BILL_AMOUNT = MAX_AMOUNT;
const CHINA_OFFSET_MS = 8 * 3_600_000;

// 2026-11-01 12:03:04 · 2026/11/1 12:03 · 2026.11.01 · 2026年11月1日 12:03
const TIME = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2})[:：](\d{1,2})(?:[:：](\d{1,2})(?:\.\d{1,3})?)?)?$/;

/** A bill time (China local time, UTC+8, no daylight saving) as ISO UTC; undefined if not a real time. */
export function parseBillTime(text: string): string | undefined {
  const m = TIME.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
  // Years outside this would be a misread (and Date.UTC maps 0–99 onto 1900–1999).
  if (y < 1990 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - CHINA_OFFSET_MS).toISOString();
}

const daysIn = (y: number, mo: number) =>
  mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;

/** A positive amount in yuan, to the cent (`¥1,234.50`, `131.77(已退款89.84)` → 131.77); else undefined. */
export function parseBillAmount(text: string): number | undefined {
  const n = parseAmount(text);
  return n !== undefined && n > 0 && n <= MAX_BILL_AMOUNT ? n : undefined;
}

// WeChat's 已退款(￥20.00) status and JD's 131.77(已退款89.84) amount: a part refunded.
const REFUNDED_PART = /退款\s*[(（:：]?\s*[¥￥]?\s*(\d[\d,]*(?:\.\d+)?)/;

/** The part of a payment given back, when a cell states one. */
export function refundedPart(text: string): number | undefined {
  const m = REFUNDED_PART.exec(text);
  return m ? parseAmount(m[1] ?? '') : undefined;
}

export const toCents = (n: number) => Math.round(n * 100) / 100;

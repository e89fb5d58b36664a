// What one recognised line says, after undoing the usual OCR slips: "¥" read as "Y" or "羊", spaces
// inside a number, the letter O among digits, full-width punctuation. Only digits are repaired: a
// word is never rewritten into another word.
import { normalizeText } from '../extract/numbers';
import { parseRate } from '../extract/rates';

// The yuan sign as recognisers misread it, when a digit follows.
const YUAN = /(^|[^A-Za-z])[Y羊¥](?=\s?\d)/g;
// A letter O (or o) next to a digit, or to a separator next to one ("5O,OOO.OO" in two passes).
const O_IN_DIGITS = /(?<=\d[,.]?)[Oo]|[Oo](?=[,.]?\d)/g;
// Spaces inside one number: after a separator ("50, 000"), before one ("50 ,000"), or before a group
// of exactly three digits ("50 000.00"); two numbers side by side ("20,000.00 7,420.00") stay apart.
const SPLIT_NUMBER = /(\d[,.])\s+(?=\d)|(\d)\s+(?=[,.]\d|\d{3}(?:[,.]\d|[^\d,.]|$))|(¥)\s+(?=\d)/g;

/** The line's text as the reader compares it: normalized, the yuan sign and digits repaired. */
export function cleanOcr(raw: string): string {
  let t = normalizeText(raw)
    .replace(/^[‹<〈←]\s*/, '')
    .replace(/\s*[›>〉]$/, '');
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(O_IN_DIGITS, '0');
  }
  // A figure written in letters O only ("O.OO", "¥O.OO"): zero.
  if (/^[¥Y羊]?\s?[Oo]+[.,][Oo]{2}元?$/.test(t)) t = t.replace(/[Oo]/g, '0');
  t = t.replace(YUAN, '$1¥').replace(SPLIT_NUMBER, '$1$2$3');
  // A yuan sign read twice ("¥￥50,000"), two separators read for one ("50.,000"): one of each.
  t = t.replace(/¥{2,}/g, '¥').replace(/(\d)[.,]{2}(?=\d{3}(?!\d))/g, '$1,');
  // A thousands comma read as a point ("¥20.000"): amounts show two decimals or none, never three
  // (a rate keeps its sign, 0.035%; 1.234万 its unit).
  t = t.replace(/(?<![\d.,])([1-9]\d{0,2})\.(\d{3})(?![\d.,%‰千万亿])/g, '$1,$2');
  // Separators misread one for the other ("50.000.00", "8,765,44"): groups of three, then cents.
  return t.replace(/(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+)[.,](\d{2})(?![\d.,])/g, (m, int: string, cents: string) =>
    /^\d{1,3}(?:,\d{3})+$/.test(int) && m[int.length] === '.' ? m : `${int.replace(/[.,]/g, '')}.${cents}`,
  );
}

/** A line that is only an amount (`¥8,765.44`, `2.5万`, `3万元`, `0.00`, English apps' `CNY 50,000.00`, `RMB 12,500.50`). */
export const AMOUNT_ONLY = /^(?:CNY|RMB)?[¥$]?-?\d[\d,]*(?:\.\d+)?(?:[千万亿])?(?:元|CNY|RMB)?$/i;
/** A masked amount (`****`, `¥****`, `**.**`): shown as hidden, never zero. */
export const MASKED = /^[¥$]?\s?[*＊•·]{2,}(?:\.[*＊•·]+)?\s?元?$/;
/** A rate by itself (`0.03%`, `万分之三`, `日息万五` is a label and a value). */
const RATE_ONLY = /^(?:\d+(?:\.\d+)?\s?[%‰]|万分之\S{1,4}|万[一二三四五六七八九\d](?:\.\d)?|\d+(?:\.\d+)?分)$/;

export type ValueKind = 'amount' | 'masked' | 'rate';

/** What kind of value a line is by itself, if it is one. */
export function valueKind(t: string): ValueKind | undefined {
  const s = t.replace(/\s+/g, '');
  if (MASKED.test(s)) return 'masked';
  if (AMOUNT_ONLY.test(s)) return 'amount';
  if (RATE_ONLY.test(s) && (parseRate(s, 'daily') ?? parseRate(s, 'annual'))) return 'rate';
  return undefined;
}

// Ads, invitations and ceilings: a product's promise, never the person's figure.
const AD =
  /最高(?:可借|可贷|额度|可提|享|得|\d)|低至|邀请|好友|\d\s*[%元]?\s*起|起借|立减|免息|奖励|红包|优惠券?|专享|新人|新客|限时|折扣|\d折|领取|立即申请|马上申请|申请额度|测额度|(?:得|送|返)\s*\d/;
export const isAd = (t: string): boolean => AD.test(t);

// Sentences people type to each other; account screens speak in labels and notices.
const CHAT = /[吗吧呢啊呀哦嘛嗯哈]|[?？]$|^[我你他她]|[了的]$|[,，].*[了吗吧呢]$/;
export const isChatty = (t: string): boolean => CHAT.test(t);

/** The phone's own status bar: the time, network and battery (a digit, or a short mark like 5G, LTE),
 *  no Chinese words. An English app's title ("China Merchants Bank") is no status bar. */
export const STATUS_BAR = /^(?=[^A-Za-z]*$|.*\d|.{0,5}$)[\d:%\sA-Za-z.|+-]*$/;

/** Service hotlines and phone numbers are never amounts (95188, 400-810-8888, 138 0000 0000). */
export const PHONE = /(?:客服|热线|电话|服务|致电|拨打)|^(?:95\d{3,4}|400-?\d{3}-?\d{4}|1[3-9]\d{9})$/;

// The last four digits of a card, as bank pages and e-statements print them (尾号1234, 卡号
// **** 1234, 6225 88** **** 1234, ending in 1234). They tell one card's line from another on the
// same site; nothing more of a card number is ever kept.
import { shortTexts, type PageText } from './status';

const NAMED = /(?:尾号|末四位|ending(?:\s+in)?)\s*[:：]?\s*(\d{4})(?!\d)/gi;
// A card number masked in the middle: four or more leading digits (6225 88**, 51100000****) or none
// (**** 1234). A phone number (138****0000) has three and is no card.
const MASKED = /(?:^|[^\d*xX•·])(?:\d{4}[\d ]{0,12})?[*xX•·]{2,}[\s*xX•·]*(\d{4})(?!\d)/g;

/** Every distinct tail in a text. */
export function tailsIn(text: string): string[] {
  return [...new Set([...text.matchAll(NAMED), ...text.matchAll(MASKED)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/** `尾号1234` when the page's own short texts name exactly one card, else undefined. */
export function pageCardTail(page: PageText): string | undefined {
  const tails = new Set(shortTexts(page, 80).flatMap((s) => tailsIn(s.text)));
  const [only] = tails;
  return only && tails.size === 1 ? `尾号${only}` : undefined;
}

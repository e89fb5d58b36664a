// Text as pages, bills and people type it, made comparable: full-width ASCII to ASCII, every kind of
// space to one plain space. Shared by extraction, forms and the rules' lender names.

// Spaces that pages put inside or around numbers (NBSP, figure, thin, narrow, ideographic, BOM…).
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const NEEDS_WORK = /[^\S ]|\s\s|^\s|\s$|[\u200b\u2010\u2011\u2212\uff01-\uff5e\uffe5]/;

/** Full-width ASCII → ASCII, every Unicode space → one plain space, trimmed. */
export function normalizeText(s: string): string {
  // Most texts are already clean (page texts come normalized): skip the six passes then.
  if (!NEEDS_WORK.test(s)) return s;
  return (
    s
      .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      // Thin, narrow and no-break spaces between digits group thousands: drop them.
      .replace(/(\d)[\u00a0\u2007-\u200a\u202f](?=\d)/g, '$1')
      .replace(/[\u2212\u2010\u2011]/g, '-')
      .replace(/[\uffe5]/g, '¥')
      .replace(ODD_SPACE, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

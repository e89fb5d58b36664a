// Patterns built from the lexicon's word lists, so that the lists stay plain words.

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A phrase as a pattern source: `#` a count (3, 三), spaces any spacing; with `words`, an English
 * phrase only on word boundaries ("frozen", not "unfrozenness"; but "USD1,000" needs none).
 */
export function phraseSource(phrase: string, words = true): string {
  const body = phrase
    .split('#')
    .map((part) => escapeRegExp(part).replace(/ +/g, '\\s+'))
    .join('\\s*(?:\\d+|[一二两三四五六七八九十]+)\\s*');
  return words && /^[a-z]/i.test(phrase) ? `\\b${body}\\b` : body;
}

/** One alternation of the phrases, longest first (so 额度已冻结 is found before 冻结). */
export function alternation(phrases: readonly string[], words = true): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => phraseSource(p, words))
    .join('|');
}

/** A case-insensitive test for any of the phrases anywhere in a text. */
export const anyOf = (phrases: readonly string[], words = true) => new RegExp(alternation(phrases, words), 'i');

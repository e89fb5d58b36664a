// Names from outside (lender, product, account id, site name) can hold bidi controls such as U+202E
// RIGHT-TO-LEFT OVERRIDE, which reverse the text after them up to the end of the paragraph. In plain
// text (notifications, attributes, <option>, canvas read-outs) each name goes between FIRST STRONG
// ISOLATE and POP DIRECTIONAL ISOLATE: an override opened inside ends at the PDI, so the words
// around the name keep their order. (The DOM uses <bdi>: components/shared/Bidi.tsx.)

export const FSI = '\u2068';
export const PDI = '\u2069';

/** A name between FSI and PDI (nothing for an empty name). */
export const isolated = (name: string): string => (name ? FSI + name + PDI : name);

/**
 * Text built elsewhere with names inside (an alert's title): each occurrence of one of `names` put
 * between FSI and PDI. Longest names first, so "京东 白条" wins over "京东".
 */
export function isolateNamesIn(text: string, names: readonly (string | undefined)[]): string {
  const wanted = [...new Set(names.filter((n): n is string => !!n && text.includes(n)))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return text;
  const pattern = new RegExp(`(${wanted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return text
    .split(pattern)
    .map((part, i) => (i % 2 === 1 ? isolated(part) : part))
    .join('');
}

// How the picker names the element the person clicked, so the content script finds it again: a
// CSS path of tag names and positions up to the nearest ancestor with a stable id (class names are
// left out: many sites generate them per build), and the label text seen just before it.

/** Ids that look generated (long digit runs, hashes) change between renders. */
const STABLE_ID = /^[A-Za-z][\w-]{0,60}$/;
const GENERATED = /\d{4,}|[0-9a-f]{8,}/i;

export function cssPath(el: Element): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  for (let e: Element | null = el; e && e !== doc.documentElement; e = e.parentElement) {
    if (e.id && STABLE_ID.test(e.id) && !GENERATED.test(e.id) && doc.querySelectorAll(`#${e.id}`).length === 1) {
      parts.unshift(`#${e.id}`);
      return parts.join(' > ');
    }
    const parent: Element | null = e.parentElement;
    const same = parent ? [...parent.children].filter((c) => c.localName === e!.localName) : [];
    parts.unshift(same.length > 1 ? `${e.localName}:nth-of-type(${same.indexOf(e) + 1})` : e.localName);
  }
  return ['html', ...parts].join(' > ');
}

const LABEL_LIKE = /^[^\d¥￥$]{1,24}$/;

/**
 * The short text just before the element in reading order (its label, e.g. 可用额度), or undefined.
 * Looks at the element's earlier siblings, then its ancestors' earlier siblings, three levels up.
 */
export function labelBefore(el: Element): string | undefined {
  for (let e: Element | null = el, level = 0; e && level < 4; e = e.parentElement, level++) {
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) {
      const t = (s.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[:：]$/, '');
      if (t) return LABEL_LIKE.test(t) ? t : undefined;
    }
  }
  return undefined;
}

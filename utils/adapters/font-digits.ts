// Digits drawn by a web font: some portals print decoy characters and let a custom font draw the
// real digits over them, so the text is not the number. A font face declared on the page (in a
// <style> element) and set on the amount's element or one of its boxes means exactly that; a page
// that draws its text with ordinary fonts has none. Kept small: it runs inside lenders.js.

/** Font families the page declares with @font-face. */
function declaredFaces(css: string): Set<string> {
  const faces = new Set<string>();
  for (const m of css.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const family = /font-family\s*:\s*["']?([^;"'}]+)/i
      .exec(m[1] ?? '')?.[1]
      ?.trim()
      .toLowerCase();
    if (family) faces.add(family);
  }
  return faces;
}

/** Selectors of the rules that set one of `faces` as their font. */
function fontRules(css: string, faces: Set<string>): string[] {
  const out: string[] = [];
  const body = css.replace(/@font-face\s*\{[^}]*\}/gi, '');
  for (const m of body.matchAll(/([^{}@]+)\{([^}]*)\}/g)) {
    const family = /font(?:-family)?\s*:([^;}]*)/i.exec(m[2] ?? '')?.[1] ?? '';
    if ([...faces].some((f) => family.toLowerCase().includes(f))) out.push((m[1] ?? '').trim());
  }
  return out;
}

/** Whether `el`'s text is drawn by a font the page itself declares on it (or the page marks it so). */
export function drawnByPageFont(el: Element): boolean {
  if (el.closest('[data-font-obfuscated], .font-obfuscated')) return true;
  const doc = el.ownerDocument;
  const css = Array.from(doc.querySelectorAll('style'), (s) => s.textContent ?? '').join('\n');
  const faces = declaredFaces(css);
  if (!faces.size) return false;
  const inline = [el, ...Array.from(el.querySelectorAll('*'))].some((e) => {
    const family = /font(?:-family)?\s*:([^;]*)/i.exec(e.getAttribute('style') ?? '')?.[1]?.toLowerCase() ?? '';
    return [...faces].some((f) => family.includes(f));
  });
  if (inline) return true;
  // Only a font set on the amount itself (or its own box): a page-wide font (body, a number font
  // for every figure) draws real digits as they are.
  return fontRules(css, faces).some((selector) => {
    try {
      return el.matches(selector) || el.parentElement?.matches(selector) === true || el.querySelector(selector) !== null;
    } catch {
      return false; // a selector the engine does not know (vendor prefixes)
    }
  });
}

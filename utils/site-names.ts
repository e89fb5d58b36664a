// The names the person gives tracked sites: the lender of that site's accounts. Plain functions on
// the stored map (settings.ts siteNamesItem), shared by the background and the options page.

export const MAX_SITE_NAME = 80;

/** A name as stored: trimmed, inner runs of spaces made one, at most 80 characters. */
export function cleanSiteName(name: string): string {
  return [...name.replace(/\s+/g, ' ').trim()].slice(0, MAX_SITE_NAME).join('');
}

/** The stored map with anything malformed left out (a setting is never trusted blindly). */
export function checkSiteNames(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [origin, name] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^https?:\/\/[^/]+$/.test(origin) || typeof name !== 'string') continue;
    const clean = cleanSiteName(name);
    if (clean) out[origin] = clean;
  }
  return out;
}

/** `names` with `origin` called `name` (an empty name forgets it: the host's lender or host again). */
export function withSiteName(names: Readonly<Record<string, string>>, origin: string, name: string): Record<string, string> {
  const next = { ...names };
  const clean = cleanSiteName(name);
  if (clean) next[origin] = clean;
  else delete next[origin];
  return next;
}

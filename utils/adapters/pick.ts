// Which adapter reads a page: the first whose WebExtension match patterns fit its address. Its own
// module, free of the generic extractor, so that lenders.js does not carry that.
import type { Adapter } from './types';

/** Picks the adapter whose URL patterns fit `url`, else the generic label extractor. */
export function pickAdapter(url: URL, registry: readonly Adapter[]): Adapter | undefined {
  return registry.find((a) => a.matches.some((m) => matchPattern(m, url)));
}

/** WebExtension match-pattern test (`*://*.example.com/path*`). */
export function matchPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?|file):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const proto = url.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith('.' + base)) return false;
    } else if (url.hostname !== host) return false;
  }
  const re = new RegExp('^' + path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(url.pathname + url.search);
}

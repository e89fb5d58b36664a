// WebExtension match patterns (`<scheme>://<host><path>`, `<all_urls>`), read one way everywhere:
// lenders.js picks its adapter with them, the background decides what to inject where, the popup
// whether a site is already built in. Hand-written because it runs inside a content script's 40 kB
// budget. As the browsers read them: the scheme `*` means http or https; a host `*.example.com` is
// that host and its subdomains; a port is never part of a pattern and any port matches; the path,
// where `*` is any run of characters, is matched against the address's path and query, never its
// fragment. A string that is no valid pattern matches nothing.

interface Pattern {
  scheme: string;
  host: string;
  path: string;
}

const SHAPE = /^(\*|https?|file):\/\/(\*|\*\.[^/*:]+|[^/*:]*)(\/.*)$/;

function parse(pattern: string): Pattern | undefined {
  if (pattern === '<all_urls>') return { scheme: '<all_urls>', host: '*', path: '/*' };
  const m = SHAPE.exec(pattern);
  // Only file: patterns have no host.
  if (!m || (m[2] === '') !== (m[1] === 'file')) return undefined;
  return { scheme: m[1]!, host: m[2]!.toLowerCase(), path: m[3]! };
}

function schemeFits({ scheme }: Pattern, protocol: string): boolean {
  const s = protocol.slice(0, -1);
  return (
    scheme === s ||
    ((scheme === '*' || scheme === '<all_urls>') && (s === 'http' || s === 'https')) ||
    (scheme === '<all_urls>' && s === 'file')
  );
}

function hostFits({ host }: Pattern, hostname: string): boolean {
  if (host === '*' || host === hostname) return true;
  return host.startsWith('*.') && (hostname === host.slice(2) || hostname.endsWith(host.slice(1)));
}

/** Whether `pattern` covers the page at `url`. */
export function matchPattern(pattern: string, url: URL): boolean {
  const p = parse(pattern);
  if (!p || !schemeFits(p, url.protocol) || !hostFits(p, url.hostname)) return false;
  const path = new RegExp(
    '^' +
      p.path
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return path.test(url.pathname + url.search);
}

/**
 * Whether any of `patterns` reaches a page on `origin` (`https://a.example:8443`), whatever its
 * path: the host level at which permissions are granted. False for anything that is no origin.
 */
export function originCoveredBy(patterns: readonly string[], origin: string): boolean {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return false;
  }
  return patterns.some((pattern) => {
    const p = parse(pattern);
    return !!p && schemeFits(p, u.protocol) && hostFits(p, u.hostname);
  });
}

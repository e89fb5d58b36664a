// Which pages are read, and by which script: pure answers from an address, the built-in adapters'
// match patterns and the person's granted host permissions. The background injects by them
// (utils/sites.ts); the popup lists the tracked sites by them before the background answers.
// A page is read only if
//   - a built-in adapter's match pattern covers it, path included (the manifest's host_permissions), or
//   - it is on a site the person chose to track (a granted optional host permission: the single
//     source of truth).
// Tracked sites get content.js; an adapter's pages get the script its `bundle` names (lenders.js,
// credit-report.js), as the `ScriptRoute`s from the adapter registry say.
import { matchPattern, originCoveredBy } from './match-pattern';

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The script to inject on the pages an adapter's match patterns cover (registry.ts adapterScripts). */
export interface ScriptRoute {
  matches: readonly string[];
  file: string;
}

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * The person's tracked sites among the granted host permission patterns: whole origins
 * (`https://a.example/*`) that no built-in adapter reaches. The adapters' hosts are not "tracked
 * sites": Chrome reports a declared `https://my.alipay.com/portal/*` as `https://my.alipay.com/*`,
 * and the rest of that host is not ours to read. The background and the popup (which reads the
 * permissions itself for its first paint) share this.
 */
export function trackedFrom(granted: readonly string[], adapterPatterns: readonly string[]): string[] {
  return granted
    .filter((p) => /^https?:\/\/[^/*]+\/\*$/.test(p))
    .map((p) => p.slice(0, -2))
    .filter((o) => !originCoveredBy(adapterPatterns, o))
    .sort();
}

/** A tracked origin covers its host on any port unless it names one (as a host permission does). */
function onTrackedOrigin(origin: string, url: URL): boolean {
  try {
    const o = new URL(origin);
    return o.protocol === url.protocol && o.hostname === url.hostname && (o.port === '' || o.port === url.port);
  } catch {
    return false;
  }
}

function webUrl(url: string): URL | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a content script may read the page at `url`: an http(s) page that a built-in adapter's
 * match pattern covers, or one on a tracked origin. Anything else (no URL, browser pages, other
 * sites, other paths on an adapter's host) is never read.
 */
export function isEnabledPage(url: string | undefined, adapterPatterns: readonly string[], tracked: readonly string[]): boolean {
  const u = url ? webUrl(url) : undefined;
  if (!u) return false;
  return adapterPatterns.some((p) => matchPattern(p, u)) || tracked.some((o) => onTrackedOrigin(o, u));
}

/**
 * The file for the page at `url`: that of the first adapter whose patterns cover it (the adapter
 * that will read it, as in adapters/pick.ts pickAdapter), else content.js (tracked sites).
 */
export function scriptFor(url: string, scripts: readonly ScriptRoute[]): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return CONTENT_SCRIPT_FILE;
  }
  return scripts.find((s) => s.matches.some((p) => matchPattern(p, u)))?.file ?? CONTENT_SCRIPT_FILE;
}

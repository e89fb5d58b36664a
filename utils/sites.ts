// Which pages the content script reads, and how it gets there. Nothing is declared or registered as
// a content script (the browser would inject it inside every matching page's load): the background
// injects it into a tab's top frame after the page finished loading, and only on
//   - a built-in adapter's page (its match patterns, path included; the manifest's host_permissions), or
//   - a site the person chose to track (a granted optional host permission: the single source of truth).
// Tracked sites and most adapters' pages get content.js; an adapter with a bundle of its own (the
// credit report) gets that script instead, as `ScriptRoute`s from the adapter registry say.
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { WxtBrowser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { SiteRule } from './picker/site-rules';
import { trackedFrom } from './ui/api';

type Api = Pick<WxtBrowser, 'permissions' | 'scripting' | 'tabs'>;

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The script to inject on the pages an adapter's match patterns cover (registry.ts adapterScripts). */
/** The rules picked on a site (utils/picker), for the content script there. */
export type RulesFor = (origin: string) => Promise<readonly SiteRule[] | undefined>;

export interface ScriptRoute {
  matches: readonly string[];
  file: string;
}

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * Origins granted by the person. The adapters' hosts are not "tracked sites": Chrome reports a
 * declared `https://my.alipay.com/portal/*` as `https://my.alipay.com/*`, and the rest of that host is
 * not ours to read.
 */
export async function trackedOrigins(api: Pick<Api, 'permissions'>, adapterPatterns: readonly string[]): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  return trackedFrom(origins, adapterPatterns);
}

function matchesPattern(pattern: string, url: URL): boolean {
  try {
    // A string, not the URL: includes() tests `instanceof Location`, a global service workers lack.
    return new MatchPattern(pattern).includes(url.href);
  } catch {
    return false;
  }
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

/**
 * Whether the content script may read the page at `url`: an http(s) page that a built-in adapter's
 * match pattern covers, or one on a tracked origin. Anything else (no URL, browser pages, other
 * sites, other paths on an adapter's host) is never read.
 */
export function isEnabledPage(url: string | undefined, adapterPatterns: readonly string[], tracked: readonly string[]): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  return adapterPatterns.some((p) => matchesPattern(p, u)) || tracked.some((o) => onTrackedOrigin(o, u));
}

/**
 * The file for the page at `url`: that of the first adapter whose patterns cover it (the adapter
 * that will read it, as in extract/run.ts pickAdapter), else content.js (tracked sites).
 */
export function scriptFor(url: string, scripts: readonly ScriptRoute[]): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return CONTENT_SCRIPT_FILE;
  }
  return scripts.find((s) => s.matches.some((p) => matchesPattern(p, u)))?.file ?? CONTENT_SCRIPT_FILE;
}

/**
 * Runs a content script in the tab's top frame. Failures are expected and stay silent: the tab was
 * closed or navigated away, a page the browser protects, a permission revoked meanwhile.
 */
export async function injectContentScript(api: Pick<Api, 'scripting'>, tabId: number, file: string = CONTENT_SCRIPT_FILE, rules?: readonly SiteRule[]): Promise<boolean> {
  try {
    const target = { tabId, frameIds: [0] };
    // The values the person picked on this site, left where the content script looks for them
    // (a copy already running picks them up at its next read).
    if (rules?.length) await api.scripting.executeScript({ target, func: handRules, args: [rules, false] });
    // Chromium reports "complete" again after pushState and hash changes. The copy already running
    // follows those itself; a second copy would only replace it (WXT stops older copies). One
    // marker for every bundle: a document stays on one origin, so it only ever needs one of them.
    const [probe] = await api.scripting.executeScript({ target, func: contentScriptRunning });
    if (probe?.result === true) return true;
    // Files named by the adapter registry (scriptFile); tests/e2e/manifest.test.ts checks they are built.
    await api.scripting.executeScript({ target, files: [file as ScriptPublicPath] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs in the page's isolated world: leaves the picked rules for the content script (the key and
 * event of utils/picker/site-rules.ts RULES_KEY / RULES_CHANGED; self-contained, it is serialised
 * into the tab) and, when `announce`, tells a running copy to read the page again.
 */
export function handRules(rules: readonly SiteRule[], announce: boolean): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('limit-sentinel.rules')] = rules;
  if (announce) window.dispatchEvent(new Event('limit-sentinel:rules'));
}

/**
 * Runs in the page's isolated world for this extension, where the content script leaves its
 * context (entrypoints/content.ts, credit-report.content.ts). Self-contained: it is serialised into the tab.
 */
export function contentScriptRunning(): boolean {
  const running = (globalThis as Record<symbol, { isValid?: boolean } | undefined>)[Symbol.for('limit-sentinel.content')];
  return running?.isValid === true;
}

/**
 * tabs.onUpdated with status "complete": read the page if it is enabled. Without the `tabs`
 * permission the browser only shows `url` for hosts we hold a permission for, so most tabs stop at
 * the first check. Never throws.
 */
export async function readTabIfEnabled(
  api: Pick<Api, 'permissions' | 'scripting'>,
  adapterPatterns: readonly string[],
  tabId: number,
  url: string | undefined,
  scripts: readonly ScriptRoute[] = [],
  rulesFor?: RulesFor,
): Promise<boolean> {
  if (!url) return false;
  try {
    const enabled = isEnabledPage(url, adapterPatterns, []) || isEnabledPage(url, [], await trackedOrigins(api, adapterPatterns));
    if (!enabled) return false;
    const file = scriptFor(url, scripts);
    return await injectContentScript(api, tabId, file, file === CONTENT_SCRIPT_FILE ? await rulesFor?.(new URL(url).origin) : undefined);
  } catch {
    return false;
  }
}

/**
 * Every open tab that has finished loading, read if enabled (a copy already running is left alone).
 * Run at each service-worker start: tabs opened before the extension was installed, and any
 * "complete" that arrived while the worker was restarting, would otherwise wait for a reload.
 */
export async function readOpenTabs(
  api: Pick<Api, 'permissions' | 'scripting' | 'tabs'>,
  adapterPatterns: readonly string[],
  scripts: readonly ScriptRoute[] = [],
  rulesFor?: RulesFor,
): Promise<number> {
  let tabs: { id?: number; url?: string }[];
  try {
    tabs = await api.tabs.query({ status: 'complete' });
  } catch {
    return 0;
  }
  const read = await Promise.all(tabs.map((t) => (t.id === undefined ? false : readTabIfEnabled(api, adapterPatterns, t.id, t.url, scripts, rulesFor))));
  return read.filter(Boolean).length;
}

/**
 * After the popup obtained the permission: read the open tab right away (its later page loads follow
 * through tabs.onUpdated), if it still shows an enabled page.
 */
export async function trackSite(
  api: Api,
  adapterPatterns: readonly string[],
  origin: string,
  tabId?: number,
  scripts: readonly ScriptRoute[] = [],
  rulesFor?: RulesFor,
): Promise<boolean> {
  if (!(await api.permissions.contains({ origins: [originPattern(origin)] }))) return false;
  if (tabId !== undefined) {
    const url = await api.tabs.get(tabId).then((t) => t.url, () => undefined);
    await readTabIfEnabled(api, adapterPatterns, tabId, url, scripts, rulesFor);
  }
  return true;
}

export async function untrackSite(api: Pick<Api, 'permissions'>, origin: string): Promise<void> {
  await api.permissions.remove({ origins: [originPattern(origin)] });
}

/**
 * Earlier builds registered one content script per tracked site (`site:<origin>`). Registrations
 * survive an update and would still inject during page loads, so an install or update drops them.
 */
export async function dropSiteRegistrations(api: Pick<Api, 'scripting'>): Promise<void> {
  const ids = (await api.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith('site:'));
  if (ids.length) await api.scripting.unregisterContentScripts({ ids });
}

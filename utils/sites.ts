// Reading a tab: the side effects of utils/site-routing.ts's answers. Nothing is declared or
// registered as a content script (the browser would inject it inside every matching page's load):
// after a tab's page finished loading, the background injects into its top frame the one script
// that page needs (lenders.js, credit-report.js or content.js), if the page is enabled. Also
// tracking and untracking a site (its optional host permission).
import type { WxtBrowser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { SiteRule } from './picker/site-rules';
import { CONTENT_SCRIPT_FILE, isEnabledPage, originPattern, scriptFor, trackedFrom, type ScriptRoute } from './site-routing';

type Api = Pick<WxtBrowser, 'permissions' | 'scripting' | 'tabs'>;

/** The rules picked on a site (utils/picker), for content.js there. */
export type RulesFor = (origin: string) => Promise<readonly SiteRule[] | undefined>;

/** The person's tracked sites: the origins they granted that no built-in adapter reaches. */
export async function trackedOrigins(api: Pick<Api, 'permissions'>, adapterPatterns: readonly string[]): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  return trackedFrom(origins, adapterPatterns);
}

/**
 * Runs a content script in the tab's top frame. Failures are expected and stay silent: the tab was
 * closed or navigated away, a page the browser protects, a permission revoked meanwhile.
 */
export async function injectContentScript(
  api: Pick<Api, 'scripting'>,
  tabId: number,
  file: string = CONTENT_SCRIPT_FILE,
  rules?: readonly SiteRule[],
): Promise<boolean> {
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
 * Runs in the page's isolated world: leaves the picked rules for content.js (the key and
 * event of utils/picker/site-rules.ts RULES_KEY / RULES_CHANGED; self-contained, it is serialised
 * into the tab) and, when `announce`, tells a running copy to read the page again.
 */
export function handRules(rules: readonly SiteRule[], announce: boolean): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('limit-sentinel.rules')] = rules;
  if (announce) window.dispatchEvent(new Event('limit-sentinel:rules'));
}

/**
 * Runs in the page's isolated world for this extension, where every capturing content script
 * leaves its context (utils/capture/start.ts). Self-contained: it is serialised into the tab.
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
  const read = await Promise.all(
    tabs.map((t) => (t.id === undefined ? false : readTabIfEnabled(api, adapterPatterns, t.id, t.url, scripts, rulesFor))),
  );
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
    const url = await api.tabs.get(tabId).then(
      (t) => t.url,
      () => undefined,
    );
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

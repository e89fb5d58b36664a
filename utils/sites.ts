// Sites the person chose to track (beyond the built-in adapters' hosts). The granted optional host
// permissions are the single source of truth; a dynamic content script is registered per origin.
import type { WxtBrowser } from 'wxt/browser';

type Api = Pick<WxtBrowser, 'permissions' | 'scripting'>;

export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
const PREFIX = 'site:';

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Origins granted by the person (patterns declared by the manifest are not "tracked sites"). */
export async function trackedOrigins(api: Api, manifestMatches: readonly string[]): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  return origins
    .filter((p) => !manifestMatches.includes(p) && /^https?:\/\/[^/*]+\/\*$/.test(p))
    .map((p) => p.slice(0, -2))
    .sort();
}

/** Makes the registered content scripts match the granted origins (run at startup and on changes). */
export async function syncRegistrations(api: Api, manifestMatches: readonly string[]): Promise<void> {
  const want = new Set((await trackedOrigins(api, manifestMatches)).map((o) => PREFIX + o));
  const have = (await api.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith(PREFIX));
  const stale = have.filter((id) => !want.has(id));
  if (stale.length) await api.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...want].filter((id) => !have.includes(id));
  if (missing.length) {
    await api.scripting.registerContentScripts(
      missing.map((id) => ({ id, matches: [originPattern(id.slice(PREFIX.length))], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' as const })),
    );
  }
}

/** After the popup obtained the permission: register, and read the open tab right away. */
export async function trackSite(api: Api, manifestMatches: readonly string[], origin: string, tabId?: number): Promise<boolean> {
  if (!(await api.permissions.contains({ origins: [originPattern(origin)] }))) return false;
  await syncRegistrations(api, manifestMatches);
  if (tabId !== undefined) {
    await api.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] }).catch(() => undefined);
  }
  return true;
}

export async function untrackSite(api: Api, manifestMatches: readonly string[], origin: string): Promise<void> {
  await api.permissions.remove({ origins: [originPattern(origin)] });
  await syncRegistrations(api, manifestMatches);
}

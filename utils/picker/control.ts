// The background's side of the element picker: show it in a tab on a tracked site, and save what it
// picked for that site. Browser APIs and storage come in as parameters (tests pass fakes).
import type { WxtBrowser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { isEnabledPage } from '../site-routing';
import { handRules, trackedOrigins } from '../sites';
import type { PickField, SiteRule } from './site-rules';
import { checkSiteRules, withRule, type SiteRules } from './stored-rules';

type Api = Pick<WxtBrowser, 'permissions' | 'scripting' | 'tabs'>;

export const PICKER_SCRIPT_FILE = '/content-scripts/picker.js';

export interface PickerDeps {
  api: Api;
  /** The built-in adapters' patterns: their pages are read by the adapters, not by picked rules. */
  adapterPatterns: readonly string[];
  lang: () => Promise<'zh' | 'en'>;
  loadRules: () => Promise<unknown>;
  saveRules: (rules: SiteRules) => Promise<void>;
}

/** Runs in the tab's isolated world before the picker: its language and the fields to ask for in
 *  turn, none for a free pick (overlay.ts PICKER_KEY). Self-contained: it is serialised into the tab. */
function pickerOptions(lang: 'zh' | 'en', fields: readonly PickField[]): void {
  const g = globalThis as Record<symbol, { lang?: string; fields?: readonly string[] } | undefined>;
  g[Symbol.for('limit-sentinel.picker')] = { ...g[Symbol.for('limit-sentinel.picker')], lang, fields };
}

/** Runs in the tab's isolated world: closes the picker showing there, if any (page-picker.ts). */
function closePicker(): void {
  const g = globalThis as Record<symbol, { close?: () => void } | undefined>;
  g[Symbol.for('limit-sentinel.picker')]?.close?.();
}

async function onTrackedSite(deps: PickerDeps, url: string | undefined): Promise<boolean> {
  return isEnabledPage(url, [], await trackedOrigins(deps.api, deps.adapterPatterns));
}

export function createPicker(deps: PickerDeps) {
  return {
    /** With `fields`, the picker asks for the right spot of each in turn ("this is wrong"). */
    async start(tabId: number, fields: readonly PickField[] = []): Promise<boolean> {
      try {
        const tab = await deps.api.tabs.get(tabId);
        if (!(await onTrackedSite(deps, tab.url))) return false;
        const target = { tabId, frameIds: [0] };
        await deps.api.scripting.executeScript({ target, func: pickerOptions, args: [await deps.lang(), fields] });
        await deps.api.scripting.executeScript({ target, files: [PICKER_SCRIPT_FILE as ScriptPublicPath] });
        return true;
      } catch {
        return false;
      }
    },
    async stop(tabId: number): Promise<void> {
      await deps.api.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: closePicker }).catch(() => undefined);
    },
    async save(origin: string, rule: SiteRule, tabId: number): Promise<boolean> {
      if (!(await onTrackedSite(deps, `${origin}/`))) return false;
      const next = withRule(checkSiteRules(await deps.loadRules()), origin, rule);
      await deps.saveRules(next);
      // The content script already running there reads the page again with the new rule.
      await deps.api.scripting
        .executeScript({ target: { tabId, frameIds: [0] }, func: handRules, args: [next[origin]!, true] })
        .catch(() => undefined);
      return true;
    },
  };
}

/** The rules for one site, for the content script there. */
export async function rulesForOrigin(loadRules: () => Promise<unknown>, origin: string): Promise<readonly SiteRule[] | undefined> {
  return checkSiteRules(await loadRules())[origin];
}

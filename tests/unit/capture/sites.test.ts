// Reading tabs: a built-in adapter's pages and the sites the person granted, nothing else; the
// content script is injected after load, never registered. (Which page is which:
// tests/unit/site-routing.test.ts.)
import { describe, expect, it } from 'vitest';
import { adapterMatches, adapterScripts } from '../../../utils/adapters/registry';
import {
  contentScriptRunning,
  dropSiteRegistrations,
  readOpenTabs,
  readTabIfEnabled,
  trackedOrigins,
  trackSite,
  untrackSite,
} from '../../../utils/sites';

const MANIFEST = ['https://baitiao.jd.com/*', 'https://my.alipay.com/portal/*'];

function fakeApi(granted: string[], tabs: Record<number, string | undefined> = {}) {
  const origins = new Set(granted);
  const registered = new Map<string, { id: string }>([
    ['site:https://old.example', { id: 'site:https://old.example' }],
    ['other', { id: 'other' }],
  ]);
  const injected: { tabId: number; frameIds?: number[]; files: string[] }[] = [];
  const running = new Set<number>();
  let failInjection = false;
  const api = {
    permissions: {
      getAll: async () => ({ origins: [...origins], permissions: ['storage'] }),
      contains: async ({ origins: o }: { origins: string[] }) => o.every((x) => origins.has(x)),
      remove: async ({ origins: o }: { origins: string[] }) => (o.forEach((x) => origins.delete(x)), true),
    },
    scripting: {
      getRegisteredContentScripts: async () => [...registered.values()],
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
      executeScript: async ({
        target,
        files,
        func,
      }: {
        target: { tabId: number; frameIds?: number[] };
        files?: string[];
        func?: () => unknown;
      }) => {
        if (failInjection) throw new Error('Cannot access contents of the page');
        // The probe: is a copy already running in that document? (The real one runs in the tab.)
        if (func) return [{ frameId: 0, result: running.has(target.tabId) }];
        injected.push({ ...target, files: files ?? [] });
        running.add(target.tabId);
        return [];
      },
    },
    tabs: {
      get: async (id: number) => {
        if (!(id in tabs)) throw new Error('No tab with id');
        return { id, url: tabs[id] };
      },
      // Without the `tabs` permission the browser hides the URL of tabs we hold no permission for.
      query: async () => Object.entries(tabs).map(([id, url]) => ({ id: Number(id), url })),
    },
  };
  return { api: api as never, origins, registered, injected, running, failInjection: () => (failInjection = true) };
}

describe('tracked sites', () => {
  it('lists only the person’s granted sites, not the built-in adapters’ hosts', async () => {
    const { api } = fakeApi([...MANIFEST, 'https://h5.lender.example/*', 'http://127.0.0.1/*']);
    expect(await trackedOrigins(api, MANIFEST)).toEqual(['http://127.0.0.1', 'https://h5.lender.example']);
  });

  it('does not take an adapter’s host for a tracked site as Chrome reports it (path dropped)', async () => {
    const f = fakeApi(['https://baitiao.jd.com/*', 'https://my.alipay.com/*', 'https://h5.lender.example/*']);
    expect(await trackedOrigins(f.api, MANIFEST)).toEqual(['https://h5.lender.example']);
    expect(await readTabIfEnabled(f.api, MANIFEST, 1, 'https://my.alipay.com/account/index.htm')).toBe(false);
    expect(await readTabIfEnabled(f.api, MANIFEST, 2, 'https://my.alipay.com/portal/i.htm')).toBe(true);
    expect(f.injected.map((i) => i.tabId)).toEqual([2]);
  });

  it('tracks only after the permission was granted, and reads the open tab at once', async () => {
    const f = fakeApi([], { 9: 'https://bank.example/cards' });
    expect(await trackSite(f.api, MANIFEST, 'https://bank.example', 9)).toBe(false);
    expect(f.injected).toEqual([]);
    f.origins.add('https://bank.example/*');
    expect(await trackSite(f.api, MANIFEST, 'https://bank.example', 9)).toBe(true);
    expect(f.injected).toEqual([{ tabId: 9, frameIds: [0], files: ['/content-scripts/content.js'] }]);
    await untrackSite(f.api, 'https://bank.example');
    expect(f.origins.size).toBe(0);
  });

  it('does not read the tab if it has meanwhile left the site, or is gone', async () => {
    const f = fakeApi(['https://bank.example/*'], { 9: 'https://elsewhere.example/' });
    expect(await trackSite(f.api, MANIFEST, 'https://bank.example', 9)).toBe(true);
    expect(await trackSite(f.api, MANIFEST, 'https://bank.example', 10)).toBe(true);
    expect(f.injected).toEqual([]);
  });

  it('drops the per-site content scripts earlier builds registered', async () => {
    const f = fakeApi([]);
    await dropSiteRegistrations(f.api);
    expect([...f.registered.keys()]).toEqual(['other']);
  });
});

describe('readTabIfEnabled', () => {
  it('injects into the top frame of enabled pages only', async () => {
    const f = fakeApi(['https://h5.lender.example/*']);
    expect(await readTabIfEnabled(f.api, MANIFEST, 1, 'https://baitiao.jd.com/v3/ious/list')).toBe(true);
    expect(await readTabIfEnabled(f.api, MANIFEST, 2, 'https://h5.lender.example/quota')).toBe(true);
    expect(await readTabIfEnabled(f.api, MANIFEST, 3, 'https://other.example/')).toBe(false);
    expect(await readTabIfEnabled(f.api, MANIFEST, 4, undefined)).toBe(false);
    expect(f.injected.map((i) => i.tabId)).toEqual([1, 2]);
    expect(f.injected.every((i) => i.frameIds?.join() === '0')).toBe(true);
  });

  it('does not inject a second copy into a document that already runs one (SPA "complete" again)', async () => {
    const f = fakeApi([]);
    expect(await readTabIfEnabled(f.api, MANIFEST, 1, 'https://baitiao.jd.com/v3/ious/list')).toBe(true);
    expect(await readTabIfEnabled(f.api, MANIFEST, 1, 'https://baitiao.jd.com/v3/ious/list#detail')).toBe(true);
    expect(f.injected.map((i) => i.tabId)).toEqual([1]);
  });

  it('reads the enabled open tabs at worker start, once each', async () => {
    const f = fakeApi(['https://h5.lender.example/*'], {
      1: 'https://baitiao.jd.com/v3/ious/list',
      2: 'https://h5.lender.example/quota',
      3: undefined,
      4: 'https://baitiao.jd.com/x',
    });
    f.running.add(4); // already has its copy
    expect(await readOpenTabs(f.api, MANIFEST)).toBe(3);
    expect(f.injected.map((i) => i.tabId).sort()).toEqual([1, 2]);
  });

  it('probes the marker the content script leaves in its world', () => {
    const key = Symbol.for('limit-sentinel.content');
    const world = globalThis as Record<symbol, unknown>;
    expect(contentScriptRunning()).toBe(false);
    world[key] = { isValid: false }; // left behind by an extension reload
    expect(contentScriptRunning()).toBe(false);
    world[key] = { isValid: true };
    expect(contentScriptRunning()).toBe(true);
    delete world[key];
  });

  it('never throws when the browser refuses', async () => {
    const f = fakeApi([]);
    f.failInjection();
    await expect(readTabIfEnabled(f.api, MANIFEST, 1, 'https://baitiao.jd.com/v3/ious/list')).resolves.toBe(false);
  });
});

describe('which script a page gets', () => {
  const scripts = adapterScripts();
  const patterns = adapterMatches();

  it('injects each adapter’s script on its pages and content.js on tracked sites', async () => {
    const f = fakeApi(['https://h5.lender.example/*'], {
      1: 'https://ipcrs.pbccrc.org.cn/reportAction.do',
      2: 'https://baitiao.jd.com/v3/ious/list',
      3: 'https://h5.lender.example/quota',
    });
    expect(await readOpenTabs(f.api, patterns, scripts)).toBe(3);
    const byTab = Object.fromEntries(f.injected.map((i) => [i.tabId, i.files]));
    expect(byTab).toEqual({
      1: ['/content-scripts/credit-report.js'],
      2: ['/content-scripts/lenders.js'],
      3: ['/content-scripts/content.js'],
    });
  });

  it('does not inject a second script where a copy of either already runs', async () => {
    const f = fakeApi([]);
    expect(await readTabIfEnabled(f.api, patterns, 1, 'https://ipcrs.pbccrc.org.cn/reportAction.do', scripts)).toBe(true);
    expect(await readTabIfEnabled(f.api, patterns, 1, 'https://ipcrs.pbccrc.org.cn/reportAction.do#top', scripts)).toBe(true);
    expect(f.injected).toEqual([{ tabId: 1, frameIds: [0], files: ['/content-scripts/credit-report.js'] }]);
  });
});

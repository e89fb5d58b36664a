// Tracked sites follow the granted optional host permissions: one registered content script each.
import { describe, expect, it } from 'vitest';
import { syncRegistrations, trackedOrigins, trackSite, untrackSite } from '../../../utils/sites';

const MANIFEST = ['https://baitiao.jd.com/*', 'https://my.alipay.com/portal/*'];

function fakeApi(granted: string[]) {
  const origins = new Set(granted);
  const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();
  const injected: number[] = [];
  const api = {
    permissions: {
      getAll: async () => ({ origins: [...origins], permissions: ['storage'] }),
      contains: async ({ origins: o }: { origins: string[] }) => o.every((x) => origins.has(x)),
      remove: async ({ origins: o }: { origins: string[] }) => (o.forEach((x) => origins.delete(x)), true),
    },
    scripting: {
      getRegisteredContentScripts: async () => [...registered.values()],
      registerContentScripts: async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error('duplicate id');
          registered.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
      executeScript: async ({ target }: { target: { tabId: number } }) => (injected.push(target.tabId), []),
    },
  };
  return { api: api as never, origins, registered, injected };
}

describe('tracked sites', () => {
  it('lists only the person’s granted sites, not the built-in adapters’ hosts', async () => {
    const { api } = fakeApi([...MANIFEST, 'https://h5.lender.example/*', 'http://127.0.0.1/*']);
    expect(await trackedOrigins(api, MANIFEST)).toEqual(['http://127.0.0.1', 'https://h5.lender.example']);
  });

  it('registers one content script per granted site, idempotently, and drops revoked ones', async () => {
    const f = fakeApi(['https://h5.lender.example/*']);
    await syncRegistrations(f.api, MANIFEST);
    await syncRegistrations(f.api, MANIFEST);
    expect([...f.registered.values()]).toEqual([{ id: 'site:https://h5.lender.example', matches: ['https://h5.lender.example/*'], js: ['content-scripts/content.js'], runAt: 'document_idle' }]);
    f.origins.delete('https://h5.lender.example/*');
    await syncRegistrations(f.api, MANIFEST);
    expect(f.registered.size).toBe(0);
  });

  it('tracks only after the permission was granted, and reads the open tab at once', async () => {
    const f = fakeApi([]);
    expect(await trackSite(f.api, MANIFEST, 'https://bank.example', 9)).toBe(false);
    expect(f.registered.size).toBe(0);
    f.origins.add('https://bank.example/*');
    expect(await trackSite(f.api, MANIFEST, 'https://bank.example', 9)).toBe(true);
    expect(f.registered.has('site:https://bank.example')).toBe(true);
    expect(f.injected).toEqual([9]);
    await untrackSite(f.api, MANIFEST, 'https://bank.example');
    expect(f.registered.size).toBe(0);
    expect(f.origins.size).toBe(0);
  });
});

// MV3 delivers events only to listeners registered synchronously at worker start.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../../entrypoints/background';

let executeScript: ReturnType<typeof vi.fn>;
let granted: string[];

beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  // Answers the "already running?" probe with no; file injections are what the tests count.
  executeScript = vi.fn(async (opts: { func?: unknown }) => (opts.func ? [{ frameId: 0, result: false }] : []));
  Object.assign(fakeBrowser.permissions, { getAll: async () => ({ origins: granted, permissions: [] }) });
  Object.assign(fakeBrowser.scripting, { executeScript, getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => undefined });
});

const hasListeners = (event: unknown) => (event as { hasListeners(): boolean }).hasListeners();

/** What tabs.onUpdated hands the listener: `url` only where the extension holds a host permission. */
async function update(status: 'loading' | 'complete', url?: string) {
  await fakeBrowser.tabs.onUpdated.trigger(7, { status }, { id: 7, index: 0, url, highlighted: false, active: true, pinned: false, incognito: false } as never);
  await new Promise((r) => setTimeout(r, 0));
}

describe('background main()', () => {
  it('registers every listener synchronously', () => {
    const result = background.main() as unknown;
    expect(result).toBeUndefined(); // not a promise: nothing is awaited before registration
    for (const event of [fakeBrowser.runtime.onMessage, fakeBrowser.runtime.onInstalled, fakeBrowser.runtime.onStartup, fakeBrowser.tabs.onUpdated]) expect(hasListeners(event)).toBe(true);
  });

  it('injects into the top frame once an adapter page or a tracked site has finished loading', async () => {
    background.main();
    await update('loading', 'https://baitiao.jd.com/v3/ious/list');
    expect(executeScript).not.toHaveBeenCalled();
    await update('complete', 'https://baitiao.jd.com/v3/ious/list');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/content.js'] });
    executeScript.mockClear();
    granted = ['https://h5.lender.example/*'];
    await update('complete', 'https://h5.lender.example/quota');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/content.js'] });
  });

  it('leaves every other page alone', async () => {
    background.main();
    granted = ['https://h5.lender.example/*'];
    await update('complete'); // no host permission: the browser hides the url
    await update('complete', 'https://my.alipay.com/account/index.htm'); // adapter host, not its pages
    await update('complete', 'https://other.example/quota');
    await update('complete', 'chrome://extensions/');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('swallows injection failures (tab closed, protected page, permission revoked)', async () => {
    background.main();
    executeScript.mockRejectedValue(new Error('No tab with id: 7'));
    const errors = vi.spyOn(console, 'error');
    await update('complete', 'https://baitiao.jd.com/v3/ious/list');
    expect(executeScript).toHaveBeenCalledTimes(1); // the probe failed: nothing else was tried
    expect(errors).not.toHaveBeenCalled();
  });
});

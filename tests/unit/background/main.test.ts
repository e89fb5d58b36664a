// MV3 delivers events only to listeners registered synchronously at worker start.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import background from '../../../entrypoints/background';
import { fakeEvent } from '../support/fake-event';

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.permissions, { onAdded: fakeEvent(), onRemoved: fakeEvent() });
});

describe('background main()', () => {
  it('registers every listener synchronously', () => {
    const result = background.main() as unknown;
    expect(result).toBeUndefined(); // not a promise: nothing is awaited before registration
    const events = [fakeBrowser.runtime.onMessage, fakeBrowser.runtime.onInstalled, fakeBrowser.runtime.onStartup, fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved];
    for (const event of events) expect((event as unknown as { hasListeners(): boolean }).hasListeners()).toBe(true);
  });
});

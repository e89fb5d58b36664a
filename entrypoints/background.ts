// Wiring only. Every listener is registered synchronously on each service-worker start: MV3 stops
// the worker when idle and only delivers events to listeners that exist right after start.
import { adapterMatches, adapters } from '@/utils/adapters/registry';
import { createMessageHandler } from '@/utils/messaging/handlers';
import type { SenderLike } from '@/utils/messaging/sender';
import { captureIncognitoItem } from '@/utils/settings';
import { syncRegistrations, trackedOrigins, trackSite, untrackSite } from '@/utils/sites';
import { lazyConnection } from '@/utils/storage/connection';

export default defineBackground(() => {
  const manifestMatches = adapterMatches();
  const sync = () => syncRegistrations(browser, manifestMatches).catch(() => undefined);
  const handle = createMessageHandler({
    extensionId: browser.runtime.id,
    extensionBase: browser.runtime.getURL('/'),
    registry: adapters,
    db: lazyConnection(),
    now: () => new Date(),
    captureIncognito: () => captureIncognitoItem.getValue(),
    sites: {
      list: () => trackedOrigins(browser, manifestMatches),
      track: (origin, tabId) => trackSite(browser, manifestMatches, origin, tabId),
      untrack: (origin) => untrackSite(browser, manifestMatches, origin),
    },
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => handle(message, sender as SenderLike));
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
});

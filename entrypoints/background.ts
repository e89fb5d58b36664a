// Wiring only. Every listener is registered synchronously on each service-worker start: MV3 stops
// the worker when idle and only delivers events to listeners that exist right after start.
import { adapterMatches, adapters } from '@/utils/adapters/registry';
import { createMessageHandler } from '@/utils/messaging/handlers';
import type { SenderLike } from '@/utils/messaging/sender';
import { captureIncognitoItem } from '@/utils/settings';
import { dropSiteRegistrations, readTabIfEnabled, trackedOrigins, trackSite, untrackSite } from '@/utils/sites';
import { lazyConnection } from '@/utils/storage/connection';

export default defineBackground(() => {
  const manifestMatches = adapterMatches();
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
      untrack: (origin) => untrackSite(browser, origin),
    },
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => handle(message, sender as SenderLike));
  // The content script goes in after the page finished loading (never inside its load), and only
  // where utils/sites.ts says the person enabled reading.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void readTabIfEnabled(browser, manifestMatches, tabId, tab.url);
  });
  browser.runtime.onInstalled.addListener(() => void dropSiteRegistrations(browser).catch(() => undefined));
});

// Wiring only. Every listener is registered synchronously on each service-worker start: MV3 stops
// the worker when idle and only delivers events to listeners that exist right after start.
import { adapterMatches, adapters } from '@/utils/adapters/registry';
import { createMessageHandler } from '@/utils/messaging/handlers';
import type { SenderLike } from '@/utils/messaging/sender';
import { mergeThresholds } from '@/utils/rules/thresholds-check';
import { captureIncognitoItem, ruleThresholdsItem } from '@/utils/settings';
import { dropSiteRegistrations, readTabIfEnabled, trackedOrigins, trackSite, untrackSite } from '@/utils/sites';
import { createAlertRunner } from '@/utils/storage/alert-runner';
import { refreshAlerts } from '@/utils/storage/alerts';
import { lazyConnection } from '@/utils/storage/connection';

export default defineBackground(() => {
  const manifestMatches = adapterMatches();
  const db = lazyConnection();
  // The rules run after anything new was stored and when the browser starts (time passes: windows
  // move, accounts go stale). Runs are serialised; a failure leaves the stored alerts as they were.
  const evaluate = createAlertRunner(async () => refreshAlerts(await db(), new Date(), mergeThresholds(await ruleThresholdsItem.getValue())));
  const evaluateQuietly = () => void evaluate().catch(() => undefined);
  const handle = createMessageHandler({
    extensionId: browser.runtime.id,
    extensionBase: browser.runtime.getURL('/'),
    registry: adapters,
    db,
    now: () => new Date(),
    captureIncognito: () => captureIncognitoItem.getValue(),
    sites: {
      list: () => trackedOrigins(browser, manifestMatches),
      track: (origin, tabId) => trackSite(browser, manifestMatches, origin, tabId),
      untrack: (origin) => untrackSite(browser, origin),
    },
    // Awaited: after an import or a manual entry the popup reloads and should find the alerts.
    onStored: () => evaluate().catch(() => undefined),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => handle(message, sender as SenderLike));
  // The content script goes in after the page finished loading (never inside its load), and only
  // where utils/sites.ts says the person enabled reading.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void readTabIfEnabled(browser, manifestMatches, tabId, tab.url);
  });
  browser.runtime.onInstalled.addListener(() => {
    void dropSiteRegistrations(browser).catch(() => undefined);
    evaluateQuietly();
  });
  browser.runtime.onStartup.addListener(evaluateQuietly);
  ruleThresholdsItem.watch(evaluateQuietly);
});

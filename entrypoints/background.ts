// Wiring only. Every listener is registered synchronously on each service-worker start: MV3 stops
// the worker when idle and only delivers events to listeners that exist right after start.
import { adapterMatches, adapters, adapterScripts } from '../utils/adapters/registry';
import { pickLang } from '../utils/i18n';
import { tabCaptureStore } from '../utils/capture/tab-capture';
import { createPicker, rulesForOrigin } from '../utils/picker/control';
import { createMessageHandler } from '../utils/messaging/handlers';
import type { SenderLike } from '../utils/messaging/sender';
import type { AlertRecord } from '../utils/model/alert-record';
import { badgeFor, showBadge } from '../utils/notify/badge';
import { deliver } from '../utils/notify/deliver';
import { checkIntervalHours, checkLanguage } from '../utils/notify/delivery-settings';
import { CHECK_ALARM, ensureCheckAlarm, setWakeAlarm, WAKE_ALARM } from '../utils/notify/schedule';
import { clickPage, clickTarget, lenderPage, remindedAccount } from '../utils/notify/target';
import { accountNames, type Notice } from '../utils/notify/texts';
import { mergeThresholds } from '../utils/rules/thresholds-check';
import {
  captureIncognitoItem,
  checkIntervalHoursItem,
  deliveryStateItem,
  digestHourItem,
  languageItem,
  notifySeveritiesItem,
  quietHoursItem,
  readDeliverySettings,
  remindersItem,
  siteNamesItem,
  siteRulesItem,
  ruleThresholdsItem,
} from '../utils/settings';
import { checkSiteNames, withSiteName } from '../utils/site-names';
import { dropSiteRegistrations, readOpenTabs, readTabIfEnabled, trackedOrigins, trackSite, untrackSite } from '../utils/sites';
import { createSerialRunner } from '../utils/storage/serial-runner';
import { readAlerts, refreshAlerts } from '../utils/storage/alerts';
import { ObservationCache } from '../utils/storage/observation-cache';
import { readFactors } from '../utils/storage/factors';
import { lazyConnection } from '../utils/storage/connection';
import { readDashboard } from '../utils/storage/dashboard';
import { DASHBOARD_KEY, publishDashboard, snapshotOf } from '../utils/messaging/dashboard-snapshot';

export default defineBackground(() => {
  const manifestMatches = adapterMatches();
  // Which content script each adapter's pages get (the credit report has its own bundle).
  const scripts = adapterScripts();
  // Values the person picked on their tracked sites: handed to the content script there.
  const loadRules = () => siteRulesItem.getValue();
  const rulesFor = (origin: string) => rulesForOrigin(loadRules, origin);
  const picker = createPicker({
    api: browser,
    adapterPatterns: manifestMatches,
    lang: async () => pickLang(globalThis.navigator?.language, checkLanguage(await languageItem.getValue())),
    loadRules,
    saveRules: (rules) => siteRulesItem.setValue(rules),
  });
  const db = lazyConnection();
  // What each tab's last capture read, for the popup's "read on this page" (survives a worker stop).
  const tabCaptures = tabCaptureStore(browser.storage.session);

  const updateBadge = async (alerts?: readonly AlertRecord[]) =>
    showBadge(browser.action, badgeFor(alerts ?? (await readAlerts(await db()))));
  // No buttons (Firefox has none) and no amounts (texts.ts): the id says what a click opens.
  const showNotice = async ({ id, title, message }: Notice) => {
    await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
  };
  const deliverNow = async (alerts: readonly AlertRecord[]) => {
    const settings = await readDeliverySettings();
    // The names the alerts' words hold, isolated in the notifications (a U+202E in a lender's name).
    const accounts = await (await db()).getAll('accounts');
    await deliver({
      now: new Date(),
      alerts,
      settings,
      lang: pickLang(globalThis.navigator?.language, settings.language),
      names: accountNames(accounts),
      loadState: () => deliveryStateItem.getValue(),
      saveState: (state) => deliveryStateItem.setValue(state),
      show: showNotice,
      wakeAt: (when) => setWakeAlarm(browser.alarms, when),
    });
  };

  // The rules run after anything new was stored, when the browser starts, on the check and wake-up
  // alarms, and when a notification setting changes; each run then updates the badge and delivers.
  // Runs are serialised; a failure leaves the stored alerts as they were.
  // What the popup draws first (utils/messaging/dashboard-snapshot.ts), written after every change to it.
  // The rows the last rule run read, per account: a capture re-reads only its own account's rows.
  const observationCache = new ObservationCache();
  const publish = createSerialRunner(async () => publishDashboard(browser.storage.session, async () => readDashboard(await db())));
  const evaluate = createSerialRunner(
    async () => refreshAlerts(await db(), new Date(), mergeThresholds(await ruleThresholdsItem.getValue()), { cache: observationCache }),
    async () => {
      const alerts = await readAlerts(await db());
      await Promise.all([updateBadge(alerts), deliverNow(alerts), publish()]);
    },
  );
  const evaluateSafely = () => evaluate().catch(() => undefined);
  const evaluateQuietly = () => void evaluateSafely();
  // Created only if missing (or if the interval changed): recreating would restart the countdown.
  const scheduleChecks = () =>
    void checkIntervalHoursItem
      .getValue()
      .then((h) => ensureCheckAlarm(browser.alarms, checkIntervalHours(h)))
      .catch(() => undefined);
  const stalePage = async (accountId: string) => {
    const row = await (await db()).get('accounts', accountId).catch(() => undefined);
    return lenderPage(row?.latest?.url, adapters.find((a) => a.id === accountId)?.home);
  };
  const openFromNotification = async (notificationId: string) => {
    const hash = clickTarget(notificationId);
    if (hash === undefined) return;
    const account = remindedAccount(notificationId);
    const page = account === undefined ? undefined : await stalePage(account);
    // A tab, not the action popup: Firefox cannot open that from a background script.
    await browser.tabs.create({ url: page ?? browser.runtime.getURL(clickPage(notificationId)) + hash });
    await browser.notifications.clear(notificationId);
  };

  const handle = createMessageHandler({
    extensionId: browser.runtime.id,
    extensionBase: browser.runtime.getURL('/'),
    registry: adapters,
    db,
    now: () => new Date(),
    captureIncognito: () => captureIncognitoItem.getValue(),
    sites: {
      list: () => trackedOrigins(browser, manifestMatches),
      track: (origin, tabId) => trackSite(browser, manifestMatches, origin, tabId, scripts, rulesFor),
      untrack: (origin) => untrackSite(browser, origin),
      names: async () => checkSiteNames(await siteNamesItem.getValue()),
      setName: async (origin, name) => siteNamesItem.setValue(withSiteName(checkSiteNames(await siteNamesItem.getValue()), origin, name)),
    },
    picker,
    tabCaptures,
    // Awaited: after an import or a manual entry the popup reloads and should find the alerts.
    onStored: evaluateSafely,
    onAlertsChanged: async () => {
      await Promise.all([updateBadge(), publish()]).catch(() => undefined);
    },
    // The rule run's thresholds and cached rows: a factor and its alert read the same history.
    factors: async (now) => readFactors(await db(), now, mergeThresholds(await ruleThresholdsItem.getValue()), { cache: observationCache }),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => handle(message, sender as SenderLike));
  // The content script goes in after the page finished loading (never inside its load), and only
  // where utils/sites.ts says the person enabled reading.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void readTabIfEnabled(browser, manifestMatches, tabId, tab.url, scripts, rulesFor);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabCaptures.forget(tabId).catch(() => undefined));
  // The listeners below return their work's promise: browsers ignore it, tests await a whole run.
  browser.runtime.onInstalled.addListener(() => {
    void dropSiteRegistrations(browser).catch(() => undefined);
    return evaluateSafely();
  });
  browser.runtime.onStartup.addListener(evaluateSafely);
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === CHECK_ALARM || alarm.name === WAKE_ALARM ? evaluateSafely() : undefined));
  browser.notifications.onClicked.addListener((id) => openFromNotification(id).catch(() => undefined));
  ruleThresholdsItem.watch(evaluateQuietly);
  checkIntervalHoursItem.watch(scheduleChecks);
  for (const item of [notifySeveritiesItem, digestHourItem, quietHoursItem, languageItem, remindersItem]) item.watch(evaluateQuietly);

  // After every listener exists: the check alarm, on every worker start (the browser may drop
  // alarms across restarts; an existing one is left alone) …
  scheduleChecks();
  // … and the open tabs: pages loaded before install, or while the worker was (re)starting, sent
  // their "complete" to no one.
  void readOpenTabs(browser, manifestMatches, scripts, rulesFor).catch(() => undefined);
  // … and the popup's snapshot, when this browser session has none yet (the extension was just
  // enabled or reloaded: no rule run has published one).
  void browser.storage.session
    .get(DASHBOARD_KEY)
    .then((items) => (snapshotOf(items[DASHBOARD_KEY]) ? undefined : publish()))
    .catch(() => undefined);
});

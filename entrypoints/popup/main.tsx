// Wiring only: language, active tab, the first data, the real message sender, then render.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { localeOf, pickLang, t } from '../../utils/i18n';
import { LANGUAGE_KEY } from '../../utils/i18n/lang';
import { checkLanguage } from '../../utils/notify/delivery-settings';
import { alertIdFromHash } from '../../utils/notify/target';
import { builtInPatterns, send } from '../../utils/ui/api';
import { DASHBOARD_KEY, watchSnapshots } from '../../utils/messaging/dashboard-snapshot';
import type { Dashboard } from '../../utils/messaging/protocol';
import { firstLoad } from '../../utils/ui/first-load';

// public/popup-boot.js started these reads from the page's <head>, before this script was even
// loaded; each one it could not start is started now.
type Tab = { id?: number; url?: string };
interface EarlyReads {
  dashboard: Promise<Record<string, unknown>>;
  language: Promise<Record<string, unknown>>;
  tabs: Promise<Tab[]>;
  permissions: Promise<{ origins?: string[] }>;
}
const early: Partial<EarlyReads> = (globalThis as { __limitSentinelFirstReads?: Partial<EarlyReads> }).__limitSentinelFirstReads ?? {};
const reads: EarlyReads = {
  dashboard: early.dashboard ?? browser.storage.session.get(DASHBOARD_KEY),
  // languageItem's key, read without wxt/storage (utils/i18n/lang.ts says why).
  language: early.language ?? browser.storage.local.get(LANGUAGE_KEY),
  tabs: early.tabs ?? browser.tabs.query({ active: true, currentWindow: true }),
  permissions: early.permissions ?? browser.permissions.getAll(),
};

// The language setting of the options page wins over the browser's language.
const language = reads.language.then(
  (items) => pickLang(navigator.language, checkLanguage(items[LANGUAGE_KEY])),
  () => pickLang(navigator.language),
);
const activeTab = reads.tabs.then(
  ([tab]) => tab && { id: tab.id, url: tab.url },
  () => undefined,
);

/** Every dashboard the background publishes while the popup is open (a page read meanwhile). */
const watchDashboard = (on: (dashboard: Dashboard) => void) => watchSnapshots(browser.storage.onChanged, on);

const patterns = builtInPatterns();
const load = firstLoad(reads, send, patterns);

void Promise.all([activeTab, language]).then(([tab, lang]) => {
  document.documentElement.lang = localeOf(lang);
  document.title = t(lang, 'app.name');
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <Popup
      lang={lang}
      send={send}
      firstLoad={load}
      watchDashboard={watchDashboard}
      openAlertId={alertIdFromHash(location.hash)}
      tab={tab}
      builtInPatterns={patterns}
      requestHostPermission={(origin) => browser.permissions.request({ origins: [`${origin}/*`] })}
      openOptions={() => void browser.runtime.openOptionsPage()}
      openDashboard={(hash = '') => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') + hash })}
    />,
    root,
  );
});

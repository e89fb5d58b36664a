// Wiring only: the language and the published snapshot (read together), then render. The page asks
// the background for everything else, a page at a time. Opened in a tab from the popup ("Open
// dashboard") and by a click on an alert notification (`dashboard.html#alert=<id>`).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { localeOf, pickLang } from '../../utils/i18n';
import { td } from '../../utils/i18n/dashboard';
import { LANGUAGE_KEY } from '../../utils/i18n/lang';
import { checkLanguage } from '../../utils/notify/delivery-settings';
import { alertIdFromHash } from '../../utils/notify/target';
import { send } from '../../utils/ui/api';
import { DASHBOARD_KEY, snapshotOf, watchSnapshots } from '../../utils/messaging/dashboard-snapshot';
import type { Dashboard as DashboardData } from '../../utils/messaging/protocol';

// languageItem's key, read without wxt/storage as the popup does (utils/i18n/lang.ts).
const language = browser.storage.local.get(LANGUAGE_KEY).then(
  (items) => pickLang(navigator.language, checkLanguage(items[LANGUAGE_KEY])),
  () => pickLang(navigator.language),
);
const snapshot = browser.storage.session.get(DASHBOARD_KEY).then(
  (items) => snapshotOf(items[DASHBOARD_KEY]),
  () => undefined,
);

// Every snapshot the background publishes while the page is open (a capture in another tab).
const watchDashboard = (on: (board: DashboardData) => void) => watchSnapshots(browser.storage.onChanged, on);

// The chart library (uPlot) loads alongside, not before, the first paint: the accounts come first.
const chart = import('../../components/dashboard/uplot-chart').then((m) => ({ createChart: m.createUPlot, stepped: m.steppedPaths }));

void Promise.all([language, snapshot]).then(([lang, board]) => {
  document.documentElement.lang = localeOf(lang);
  document.title = td(lang, 'dash.title');
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <Dashboard
      lang={lang}
      send={send}
      snapshot={board}
      openAlertId={alertIdFromHash(location.hash)}
      chart={chart}
      watchDashboard={watchDashboard}
      openImport={location.hash === '#import'}
    />,
    root,
  );
});

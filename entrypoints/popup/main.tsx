// Wiring only: language, active tab, the real message sender, then render.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { localeOf, pickLang, t, type Lang } from '../../utils/i18n';
import { checkLanguage } from '../../utils/notify/delivery-settings';
import { alertIdFromHash } from '../../utils/notify/target';
import { builtInPatterns, send, settle } from '../../utils/ui/api';

// The language setting of the options page wins over the browser's language. Read as the raw
// `local:language` key of utils/settings.ts `languageItem` (tests/unit/ui/options.test.tsx pins the
// key): wxt/storage would add ~11 kB to the popup's first paint for this one read.
async function language(): Promise<Lang> {
  try {
    const { language: stored } = await browser.storage.local.get('language');
    return pickLang(navigator.language, checkLanguage(stored));
  } catch {
    return pickLang(navigator.language);
  }
}

async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab && { id: tab.id, url: tab.url };
  } catch {
    return undefined;
  }
}

// The popup's first paint waits on these two answers. public/popup-boot.js asked for them from the
// page's <head>, before this script was even loaded; when it could not, they are asked for now.
const early = (globalThis as { __limitSentinelFirstLoad?: [Promise<unknown>, Promise<unknown>] }).__limitSentinelFirstLoad;
const firstLoad = early
  ? Promise.all([settle<'ui:dashboard'>(early[0]), settle<'ui:tracked-sites'>(early[1])])
  : Promise.all([send({ type: 'ui:dashboard' }), send({ type: 'ui:tracked-sites' })]);

void Promise.all([activeTab(), language()]).then(([tab, lang]) => {
  document.documentElement.lang = localeOf(lang);
  document.title = t(lang, 'app.name');
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <Popup
      lang={lang}
      send={send}
      firstLoad={firstLoad}
      openAlertId={alertIdFromHash(location.hash)}
      tab={tab}
      builtInPatterns={builtInPatterns()}
      requestHostPermission={(origin) => browser.permissions.request({ origins: [`${origin}/*`] })}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
});

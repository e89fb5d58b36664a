// Wiring only: language, active tab, the real message sender, then render.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { localeOf, pickLang, t } from '../../utils/i18n';
import { alertIdFromHash } from '../../utils/notify/target';
import { builtInPatterns, send } from '../../utils/ui/api';

const lang = pickLang(navigator.language);
document.documentElement.lang = localeOf(lang);
document.title = t(lang, 'app.name');

async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab && { id: tab.id, url: tab.url };
  } catch {
    return undefined;
  }
}

// Asked for at once, in parallel with the tab lookup: the popup's first paint waits on these.
const firstLoad = Promise.all([send({ type: 'ui:dashboard' }), send({ type: 'ui:tracked-sites' })]);

void activeTab().then((tab) => {
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
    />,
    root,
  );
});

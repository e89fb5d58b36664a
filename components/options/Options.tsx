import { useCallback, useEffect, useState } from 'preact/hooks';
import { localeOf, pickLang, t } from '../../utils/i18n';
import { LangContext } from '../shared/lang-context';
import { to } from '../../utils/i18n/options';
import type { DeliverySettings } from '../../utils/notify/delivery-settings';
import type { ThresholdOverrides } from '../../utils/rules/thresholds-check';
import { checkSiteRules, type SiteRules } from '../../utils/picker/stored-rules';
import { captureIncognitoItem, readDeliverySettings, ruleThresholdsItem, siteRulesItem } from '../../utils/settings';
import type { Send } from '../../utils/ui/api';
import { BillImport } from './BillImport';
import { DataSection } from '../shared/DataSection';
import { OptionsNotifications } from './OptionsNotifications';
import { OptionsPickedRules } from './OptionsPickedRules';
import { OptionsPrivacy } from './OptionsPrivacy';
import { OptionsSites } from './OptionsSites';
import { OptionsThresholds } from './OptionsThresholds';
import { ReportImport } from './ReportImport';
import '../popup/popup.css';
import './options.css';

export interface OptionsProps {
  /** `navigator.language`: English pages when it is English and the setting says 'auto'. */
  browserLanguage: string | undefined;
  send: Send;
}

interface Loaded {
  delivery: DeliverySettings;
  thresholds: ThresholdOverrides;
  captureIncognito: boolean;
  siteRules: SiteRules;
}

// Every setting is a wxt/storage item the background watches: writing it here is the whole save.
export function Options({ browserLanguage, send }: OptionsProps) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [language, setLanguage] = useState<DeliverySettings['language']>('auto');
  const [hasData, setHasData] = useState(false);
  const lang = pickLang(browserLanguage, language);

  const loadData = useCallback(async () => {
    const reply = await send({ type: 'ui:dashboard' });
    setHasData(reply.ok && reply.dashboard.accounts.length > 0);
  }, [send]);

  useEffect(() => {
    void Promise.all([
      readDeliverySettings(),
      ruleThresholdsItem.getValue(),
      captureIncognitoItem.getValue(),
      siteRulesItem.getValue(),
    ]).then(([delivery, thresholds, captureIncognito, siteRules]) => {
      setLanguage(delivery.language);
      setLoaded({
        delivery,
        thresholds: thresholds ?? {},
        captureIncognito: captureIncognito === true,
        siteRules: checkSiteRules(siteRules),
      });
    });
    void loadData();
  }, [loadData]);

  useEffect(() => {
    document.documentElement.lang = localeOf(lang);
    document.title = to(lang, 'options.title');
  }, [lang]);

  // Nothing is drawn before the language setting is known: a page that opens in the browser's
  // language and then switches to the chosen one flickers.
  if (!loaded) return <main class="options" aria-busy="true" />;

  return (
    <LangContext.Provider value={lang}>
      <main class="options">
        <header class="top">
          <h1>{to(lang, 'options.title')}</h1>
          <p class="tagline">{t(lang, 'app.tagline')}</p>
        </header>
        <OptionsNotifications initial={loaded.delivery} onSaved={(s) => setLanguage(s.language)} />
        <OptionsThresholds initial={loaded.thresholds} />
        <OptionsSites send={send} />
        <OptionsPickedRules initial={loaded.siteRules} />
        <OptionsPrivacy initial={loaded.captureIncognito} />
        <div class="options-section">
          <DataSection send={send} hasData={hasData} onChanged={() => void loadData()} />
          <BillImport send={send} onChanged={() => void loadData()} />
          <ReportImport send={send} onChanged={() => void loadData()} />
        </div>
      </main>
    </LangContext.Provider>
  );
}

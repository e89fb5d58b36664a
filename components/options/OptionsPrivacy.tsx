import { useState } from 'preact/hooks';
import { to } from '../../utils/i18n/options';
import { captureIncognitoItem } from '../../utils/settings';
import { useLang } from '../shared/lang-context';

export interface OptionsPrivacyProps {
  initial: boolean;
}

/** One switch, saved as soon as it changes. */
export function OptionsPrivacy({ initial }: OptionsPrivacyProps) {
  const lang = useLang();
  const [on, setOn] = useState(initial);
  const [saved, setSaved] = useState(false);
  const change = async (value: boolean) => {
    setOn(value);
    setSaved(false);
    await captureIncognitoItem.setValue(value);
    setSaved(true);
  };
  return (
    <section class="options-section" aria-labelledby="opt-privacy-title">
      <h2 id="opt-privacy-title" class="section-title">
        {to(lang, 'options.privacy.title')}
      </h2>
      <label class="check">
        <input id="opt-incognito" type="checkbox" checked={on} onChange={(e) => void change(e.currentTarget.checked)} />
        {to(lang, 'options.privacy.incognito')}
      </label>
      <p class="muted">{to(lang, 'options.privacy.incognitoNote')}</p>
      <p>
        {/* Packaged with the extension (PRIVACY.md, built into privacy.html): opens without the network. */}
        <a href="/privacy.html" target="_blank" rel="noopener">
          {to(lang, 'options.privacy.policy')}
        </a>
      </p>
      {saved && (
        <p class="ok" role="status">
          {to(lang, 'options.saved')}
        </p>
      )}
    </section>
  );
}

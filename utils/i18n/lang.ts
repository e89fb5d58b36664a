// The person's language: which one, and its tag for Intl and <html lang>. A leaf module: models,
// rules and pages name a language without pulling in a dictionary.
export type Lang = 'zh' | 'en';
export type LangSetting = 'auto' | Lang;
/** Chinese unless the setting says otherwise or the browser language is English. */
export function pickLang(navigatorLanguage: string | undefined, setting: LangSetting = 'auto'): Lang {
  if (setting === 'zh' || setting === 'en') return setting;
  return navigatorLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** BCP 47 tag for Intl formatters and `<html lang>`. */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** Where the options page's language setting lives in `storage.local`: utils/settings.ts
 *  `languageItem` writes it; the popup reads this key directly for its first paint (wxt/storage
 *  would add ~11 kB there), and so does public/popup-boot.js, which can import nothing. */
export const LANGUAGE_KEY = 'language';

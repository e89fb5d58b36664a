// `t` for the options page's own dictionary (options-zh.ts / options-en.ts).
import { fill, type Lang, type Params } from './index';
import { optionsEn } from './options-en';
import { optionsZh, type OptionsKey } from './options-zh';

export type { OptionsKey };
const dictionaries: Record<Lang, Record<OptionsKey, string>> = { zh: optionsZh, en: optionsEn };

export function to(lang: Lang, key: OptionsKey, params?: Params): string {
  return fill(dictionaries[lang][key], params);
}

export const hasOptionsKey = (key: string): key is OptionsKey => Object.hasOwn(optionsZh, key);

// `tr` for the popup's "read on this page" section (tab-reading-zh.ts / tab-reading-en.ts).
import { fill, type Lang, type Params } from './index';
import { tabReadingEn } from './tab-reading-en';
import { tabReadingZh, type TabReadingKey } from './tab-reading-zh';

export type { TabReadingKey };
const dictionaries: Record<Lang, Record<TabReadingKey, string>> = { zh: tabReadingZh, en: tabReadingEn };

export function tr(lang: Lang, key: TabReadingKey, params?: Params): string {
  return fill(dictionaries[lang][key], params);
}

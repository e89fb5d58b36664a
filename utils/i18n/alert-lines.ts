// `tl` for the alert lines' own dictionary (alert-lines-zh.ts / alert-lines-en.ts).
import { alertLinesEn } from './alert-lines-en';
import { alertLinesZh, type AlertLinesKey } from './alert-lines-zh';
import { fill, type Lang, type Params } from './index';

export type { AlertLinesKey };
const dictionaries: Record<Lang, Record<AlertLinesKey, string>> = { zh: alertLinesZh, en: alertLinesEn };

export function tl(lang: Lang, key: AlertLinesKey, params?: Params): string {
  return fill(dictionaries[lang][key], params);
}

// `t` for the sealed-file words (seal-zh.ts / seal-en.ts).
import { fill, type Lang, type Params } from './index';
import { sealEn } from './seal-en';
import { sealZh, type SealKey } from './seal-zh';

export type { SealKey };
const dictionaries: Record<Lang, Record<SealKey, string>> = { zh: sealZh, en: sealEn };

export function tSeal(lang: Lang, key: SealKey, params?: Params): string {
  return fill(dictionaries[lang][key], params);
}

// `tf` for the factors panel's own dictionary (factors-zh.ts / factors-en.ts).
import { factorsEn } from './factors-en';
import { factorsZh, type FactorsKey } from './factors-zh';
import { fill, type Lang, type Params } from './index';

export type { FactorsKey };
const dictionaries: Record<Lang, Record<FactorsKey, string>> = { zh: factorsZh, en: factorsEn };

export function tf(lang: Lang, key: FactorsKey, params?: Params): string {
  return fill(dictionaries[lang][key], params);
}

export const hasFactorsKey = (key: string): key is FactorsKey => Object.hasOwn(factorsZh, key);

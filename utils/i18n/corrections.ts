// `tc` for the dashboard's corrections (corrections-zh.ts / corrections-en.ts).
import { correctionsEn } from './corrections-en';
import { correctionsZh, type CorrectionsKey } from './corrections-zh';
import { fill, type Lang, type Params } from './index';

export type { CorrectionsKey };
const dictionaries: Record<Lang, Record<CorrectionsKey, string>> = { zh: correctionsZh, en: correctionsEn };

export function tc(lang: Lang, key: CorrectionsKey, params?: Params): string {
  return fill(dictionaries[lang][key], params);
}

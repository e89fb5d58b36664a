// `ti` for the import flow's own dictionary (import-zh.ts / import-en.ts).
import { fill, type Lang, type Params } from './index';
import { importEn } from './import-en';
import { importZh, type ImportKey } from './import-zh';

export type { ImportKey };
const dictionaries: Record<Lang, Record<ImportKey, string>> = { zh: importZh, en: importEn };

export function ti(lang: Lang, key: ImportKey, params?: Params): string {
  return fill(dictionaries[lang][key], params);
}

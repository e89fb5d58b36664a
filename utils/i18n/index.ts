// Our own small dictionary rather than chrome.i18n: the Node CLI has no chrome.i18n, and a language
// setting must be able to override the browser's language.
import type { ErrorCode, Failure } from '../model/errors';
import { en } from './en';
import { expectedText } from './expected';
import { zh, type MessageKey } from './zh';
import { MAX_IMPORT_BYTES } from '../storage/limits';
import type { Lang } from './lang';

export { localeOf, pickLang, type Lang, type LangSetting } from './lang';
export type { MessageKey };

export type Params = Record<string, string | number>;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** `{name}` is replaced by `params.name`; an unknown placeholder is left visible so it gets noticed. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(dictionaries[lang][key], params);
}

export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

const withPath: Partial<Record<ErrorCode, { full: MessageKey; path: MessageKey; plain: MessageKey }>> = {
  'invalid-file': { full: 'error.invalid-file', path: 'error.invalid-file.path', plain: 'error.invalid-file.plain' },
  'invalid-entry': { full: 'error.invalid-entry', path: 'error.invalid-entry.path', plain: 'error.invalid-entry.plain' },
};

/** A Failure from the background in plain words; amounts are never part of it. */
export function failureText(lang: Lang, failure: Pick<Failure, 'code' | 'path' | 'expected'>): string {
  const pair = Object.hasOwn(withPath, failure.code) ? withPath[failure.code] : undefined;
  if (pair) {
    const { path, expected } = failure;
    if (path && expected) return t(lang, pair.full, { path, expected: expectedText(lang, expected) });
    return path ? t(lang, pair.path, { path }) : t(lang, pair.plain);
  }
  if (failure.code === 'too-large') return t(lang, 'error.too-large', { mb: MAX_IMPORT_BYTES / 1024 / 1024 });
  const key = `error.${failure.code}` as MessageKey;
  return Object.hasOwn(zh, key) ? t(lang, key) : t(lang, 'error.internal');
}

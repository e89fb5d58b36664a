// A fresh linkedom document per test with an `#app` root, installed as the global `document` and
// `window` that Preact renders into; unmounted and removed after each test.
import { parseHTML } from 'linkedom';
import { h, render, type ComponentChild } from 'preact';
import { LangContext } from '../../../../components/shared/lang-context';
import type { Lang } from '../../../../utils/i18n/lang';
import { afterEach, beforeEach, vi } from 'vitest';

export interface Dom {
  root: HTMLElement;
  window: typeof globalThis;
}

/** Call at module level; read `dom.root` / `dom.window` inside tests. */
export function useDom(before?: () => void): Dom {
  const dom = {} as Dom;
  beforeEach(() => {
    before?.();
    const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
    vi.stubGlobal('document', document);
    vi.stubGlobal('window', window);
    dom.window = window as unknown as typeof globalThis;
    dom.root = document.getElementById('app') as unknown as HTMLElement;
  });
  afterEach(() => {
    render(null, dom.root);
    vi.unstubAllGlobals();
  });
  return dom;
}

/** A component as its page shows it: inside the page's language (components/shared/lang-context.ts). */
export const inLang = (lang: Lang, node: ComponentChild) => h(LangContext.Provider, { value: lang }, node);

// The person's language for every component below a page's root: the page (popup, options,
// dashboard) decides it once and provides it; components read it with useLang() instead of having
// it handed down through every prop list.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/lang';

export const LangContext = createContext<Lang>('zh');

export const useLang = (): Lang => useContext(LangContext);

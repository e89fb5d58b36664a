// Every rule's words and advice, from its unit (registry.ts).
import type { Lang } from '../i18n/lang';
import { unitOf } from './registry';
import type { AlertTexts } from './texts-types';
import type { RuleId } from './types';

export const alertTexts = (rule: RuleId): AlertTexts => unitOf(rule).texts;

export function adviceFor(rule: RuleId, lang: Lang): string[] {
  return [...unitOf(rule).advice[lang]];
}

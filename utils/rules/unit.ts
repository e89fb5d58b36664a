// A rule as one unit: its meta (id, name, thresholds), its evaluation, its words and its advice.
import type { Lang } from '../i18n/lang';
import type { RuleMeta } from './meta';
import type { AlertTexts } from './texts-types';
import type { Rule } from './types';

export interface RuleUnit extends Rule {
  meta: RuleMeta;
  texts: AlertTexts;
  advice: Record<Lang, readonly string[]>;
}

export function defineRule(meta: RuleMeta, rule: Rule, texts: AlertTexts, advice: Record<Lang, readonly string[]>): RuleUnit {
  if (rule.id !== meta.id) throw new Error(`rule ${rule.id} registered with the meta of ${meta.id}`);
  return { id: rule.id, evaluate: rule.evaluate, meta, texts, advice };
}

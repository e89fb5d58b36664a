// A rule as one unit: its meta (id, name, thresholds), its evaluation, its words and its advice.
// Each rule folder's index.ts defines its unit; registry.ts lists the units, and everything else
// (ids, settings types, defaults, names, the options form) derives from that list.
import type { Lang } from '../i18n/lang';
import type { RuleMeta } from './meta';
import type { RuleCode } from './shapes';
import type { AlertTexts } from './texts-types';

export interface RuleUnit<M extends RuleMeta = RuleMeta> extends RuleCode<M> {
  meta: M;
  texts: AlertTexts;
  advice: Record<Lang, readonly string[]>;
}

/** Keeps the meta's literal type (the id, the thresholds), from which the registry derives the types. */
export function defineRule<M extends RuleMeta>(
  meta: M,
  rule: NoInfer<RuleCode<M>>,
  texts: AlertTexts,
  advice: Record<Lang, readonly string[]>,
): RuleUnit<M> {
  if (rule.id !== meta.id) throw new Error(`rule ${rule.id} registered with the meta of ${meta.id}`);
  return { id: rule.id, evaluate: rule.evaluate, meta, texts, advice };
}

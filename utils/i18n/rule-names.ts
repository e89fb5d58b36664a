// Rule names for the dictionaries, from each rule's meta (utils/rules/<id>/meta.ts): `rule.<id>`.
import { CATALOG, type RuleId } from '../rules/catalog';
import type { Lang } from './lang';

export function ruleNames(lang: Lang): Record<`rule.${RuleId}`, string> {
  return Object.fromEntries(CATALOG.map((m) => [`rule.${m.id}`, m.name[lang]])) as Record<`rule.${RuleId}`, string>;
}

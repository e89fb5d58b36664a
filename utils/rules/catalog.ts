// Every rule's description (meta.ts in its folder), taken from the list of rules (registry.ts), in
// the order of heuristics.md. The ids, the threshold types and defaults, the rule names and the
// options form read this. Nothing to add here for a new rule: its line in registry.ts is enough.
import type { FieldMeta, RuleMeta } from './meta';
import { RULE_UNITS, type RuleId, type RuleSettings } from './registry';

export type { RuleId, RuleSettings };

export const CATALOG: readonly (typeof RULE_UNITS)[number]['meta'][] = RULE_UNITS.map((u) => u.meta);
export const RULE_IDS: readonly RuleId[] = RULE_UNITS.map((u) => u.id);

export const metaOf = (id: string): RuleMeta | undefined => (CATALOG as readonly RuleMeta[]).find((m) => m.id === id);

/** A threshold field's description, for a rule (or any rule using that field name). */
export function fieldMeta(field: string, rule?: string): FieldMeta | undefined {
  const metas = rule === undefined ? (CATALOG as readonly RuleMeta[]) : [metaOf(rule)].filter((m) => m !== undefined);
  for (const m of metas) if (Object.hasOwn(m.fields, field)) return m.fields[field];
  return undefined;
}

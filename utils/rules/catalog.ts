// Every rule's description (meta.ts in its folder), in the order of heuristics.md. The ids, the
// threshold types and defaults, the rule names and the options form all derive from this list; the
// rules' code is registered beside it in registry.ts (a missing entry there is a compile error).
// Adding a rule: a folder utils/rules/<id>/ (meta.ts, rule.ts, texts.ts, index.ts), one line here
// and one in registry.ts.
import { borrowRepayCyclingMeta } from './borrow-repay-cycling/meta';
import { frequentApplicationsMeta } from './frequent-applications/meta';
import { highUtilizationMeta } from './high-utilization/meta';
import { increaseClosedMeta } from './increase-closed/meta';
import { limitDropMeta } from './limit-drop/meta';
import { limitZeroedMeta } from './limit-zeroed/meta';
import { manyLendersMeta } from './many-lenders/meta';
import type { FieldMeta, RuleMeta } from './meta';
import { rateIncreaseMeta } from './rate-increase/meta';
import { staleAccountMeta } from './stale-account/meta';
import { statusWorsenedMeta } from './status-worsened/meta';
import { suddenDrawdownMeta } from './sudden-drawdown/meta';

export const CATALOG = [
  limitDropMeta,
  limitZeroedMeta,
  statusWorsenedMeta,
  increaseClosedMeta,
  frequentApplicationsMeta,
  manyLendersMeta,
  highUtilizationMeta,
  borrowRepayCyclingMeta,
  rateIncreaseMeta,
  suddenDrawdownMeta,
  staleAccountMeta,
] as const;

type Entry = (typeof CATALOG)[number];
export type RuleId = Entry['id'];
export const RULE_IDS: readonly RuleId[] = CATALOG.map((m) => m.id);

/** Every rule's thresholds, keyed by rule id. */
export type RuleSettings = { [K in RuleId]: Extract<Entry, { id: K }>['defaults'] };

export const metaOf = (id: string): RuleMeta | undefined => (CATALOG as readonly RuleMeta[]).find((m) => m.id === id);

/** A threshold field's description, for a rule (or any rule using that field name). */
export function fieldMeta(field: string, rule?: string): FieldMeta | undefined {
  const metas = rule === undefined ? (CATALOG as readonly RuleMeta[]) : [metaOf(rule)].filter((m) => m !== undefined);
  for (const m of metas) if (Object.hasOwn(m.fields, field)) return m.fields[field];
  return undefined;
}

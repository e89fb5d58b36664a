// What a rule is, apart from how it evaluates: its id (a contract, heuristics.md), its name, its
// thresholds with their defaults, kinds and labels, and which warning threshold must not exceed which
// critical one. Plain data: the options form, the threshold checks and the dictionaries' rule names
// read it (catalog.ts), and the settings types derive from its literal type (registry.ts).
import type { Lang } from '../i18n/lang';

export type ThresholdKind = 'share' | 'days' | 'count';

export interface FieldMeta {
  /** Shares are fractions 0 < x ≤ 1; windows are whole days; counts are whole numbers ≥ 1. */
  kind: ThresholdKind;
  label: Record<Lang, string>;
}

export interface RuleMeta<Id extends string = string, S extends Record<string, number> = Record<string, number>> {
  id: Id;
  name: Record<Lang, string>;
  defaults: S;
  fields: { [K in keyof S]: FieldMeta };
  /** Pairs [warning field, critical field]: the first must not be greater than the second. */
  ordered?: [keyof S & string, keyof S & string][];
}

/** Keeps the id a literal type and checks that every default has a field description. */
export const defineMeta = <const Id extends string, S extends Record<string, number>>(meta: RuleMeta<Id, S>): RuleMeta<Id, S> => meta;

export const share = (zh: string, en: string): FieldMeta => ({ kind: 'share', label: { zh, en } });
export const days = (zh: string, en: string): FieldMeta => ({ kind: 'days', label: { zh, en } });
export const count = (zh: string, en: string): FieldMeta => ({ kind: 'count', label: { zh, en } });

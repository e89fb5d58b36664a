// The rule registry against the contract: the ids of heuristics.md, each once, each one unit
// (utils/rules/<id>/) with a name, thresholds with kinds and labels, words and advice in both
// languages; every rule folder registered (a candidate under study excepted).
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANDIDATES } from '../../../scripts/evaluate/candidates';
import { t } from '../../../utils/i18n';
import { CATALOG } from '../../../utils/rules/catalog';
import { RULES } from '../../../utils/rules/registry';
import { DEFAULT_RULE_SETTINGS, thresholdKind } from '../../../utils/rules/thresholds';
import { RULE_IDS } from '../../../utils/rules/types';

describe('rule registry', () => {
  it('holds each id once; the catalog and the units in the registry’s order', () => {
    // registry.ts's RULE_UNITS is the one list the code keeps (heuristics.md's order); nothing else
    // lists the rules, so a new rule needs no other line.
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(CATALOG.map((m) => m.id)).toEqual([...RULE_IDS]);
  });

  it('registers every rule folder, and only the candidates under study stay out', () => {
    // A folder utils/rules/<id>/ with a meta.ts is a rule: forgetting its line in registry.ts fails
    // here, not silently.
    const folders = readdirSync('utils/rules', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`utils/rules/${d.name}/meta.ts`))
      .map((d) => d.name);
    const candidates = Object.keys(CANDIDATES);
    expect(candidates.filter((id) => (RULE_IDS as readonly string[]).includes(id))).toEqual([]);
    expect(folders.sort()).toEqual([...RULE_IDS, ...candidates].sort());
  });

  it.each(RULES.map((u) => [u.id, u] as const))(
    '%s: one unit with its name, thresholds, words, advice and a README mention',
    (id, unit) => {
      expect(unit.meta.id).toBe(id);
      expect(Object.keys(unit.texts)).toEqual(['zh', 'en']);
      expect(unit.advice.zh.length).toBeGreaterThan(0);
      expect(unit.advice.en.length).toBe(unit.advice.zh.length);
      expect(t('zh', `rule.${id}`)).toBe(unit.meta.name.zh);
      expect(t('en', `rule.${id}`)).toBe(unit.meta.name.en);
      expect(DEFAULT_RULE_SETTINGS[id]).toEqual(unit.meta.defaults);
      for (const [field, meta] of Object.entries(unit.meta.fields)) {
        expect(Object.keys(unit.meta.defaults)).toContain(field);
        expect(meta.label.zh && meta.label.en).toBeTruthy();
        expect(thresholdKind(field, id)).toBe(meta.kind);
      }
      expect(Object.keys(unit.meta.fields).sort()).toEqual(Object.keys(unit.meta.defaults).sort());
    },
  );

  it('gives a field name one kind across rules (the options form reads kinds by name)', () => {
    const kinds = new Map<string, string>();
    for (const m of CATALOG)
      for (const [field, f] of Object.entries(m.fields) as [string, { kind: string }][]) {
        expect(kinds.get(field) ?? f.kind, field).toBe(f.kind);
        kinds.set(field, f.kind);
      }
  });
});

// The rule registry against the contract: the eleven ids of heuristics.md, each once, each with words
// in both languages, a default threshold entry, and named in the README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/utils/rules/registry';
import { ALERT_TEXTS } from '@/utils/rules/texts';
import { DEFAULT_RULE_SETTINGS } from '@/utils/rules/thresholds';
import { RULE_IDS } from '@/utils/rules/types';

const readme = readFileSync('README.md', 'utf8');

describe('rule registry', () => {
  it('holds exactly the contract ids, once each, in the documented order', () => {
    // heuristics.md's table, in its order (the design folder is not part of this repository).
    expect([...RULE_IDS]).toEqual(['limit-drop', 'limit-zeroed', 'status-worsened', 'increase-closed', 'frequent-applications', 'many-lenders', 'high-utilization', 'borrow-repay-cycling', 'rate-increase', 'sudden-drawdown', 'stale-account']);
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it.each(RULE_IDS.map((id) => [id] as const))('%s: has words, thresholds and a README mention', (id) => {
    expect(Object.keys(ALERT_TEXTS[id])).toEqual(['zh', 'en']);
    expect(DEFAULT_RULE_SETTINGS[id]).toBeDefined();
    expect(readme).toContain(`\`${id}\``);
  });
});

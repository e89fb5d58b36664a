import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { checkOverrides, mergeThresholds, thresholdKind, thresholdProblemText } from '../../../utils/rules/thresholds-check';
import { RULE_IDS } from '../../../utils/rules/types';

describe('rule thresholds', () => {
  it('has defaults for every rule id, each of a known kind and valid', () => {
    expect(Object.keys(DEFAULT_RULE_SETTINGS).sort()).toEqual([...RULE_IDS].sort());
    expect(checkOverrides(DEFAULT_RULE_SETTINGS as never)).toBeUndefined();
    expect(thresholdKind('windowDays')).toBe('days');
    expect(thresholdKind('minDrop')).toBe('share');
    expect(thresholdKind('criticalCount')).toBe('count');
  });

  it('uses the documented defaults (heuristics.md)', () => {
    expect(DEFAULT_RULE_SETTINGS['limit-drop']).toMatchObject({ minDrop: 0.05, windowDays: 90, criticalFromHighest: 0.3 });
    expect(DEFAULT_RULE_SETTINGS['frequent-applications']).toMatchObject({
      count: 3,
      windowDays: 30,
      criticalCount: 6,
      criticalWindowDays: 90,
    });
    expect(DEFAULT_RULE_SETTINGS['high-utilization']).toMatchObject({ aggregate: 0.7, criticalAggregate: 0.9 });
    expect(DEFAULT_RULE_SETTINGS['stale-account']).toMatchObject({ days: 14 });
  });

  it.each([
    [{ 'limit-drop': { minDrop: 0 } }, 'share'],
    [{ 'limit-drop': { minDrop: 5 } }, 'share'],
    [{ 'limit-drop': { windowDays: 2.5 } }, 'days'],
    [{ 'stale-account': { days: -1 } }, 'days'],
    [{ 'many-lenders': { lenders: '3' } }, 'count'],
    [{ 'many-lenders': { lenders: Number.NaN } }, 'count'],
    [{ 'limit-drop': { nope: 1 } }, 'unknown'],
    [{ 'no-such-rule': { x: 1 } }, 'unknown'],
    [{ 'frequent-applications': { count: 7 } }, 'order'],
  ])('refuses %j (%s)', (overrides, problem) => {
    expect(checkOverrides(overrides)).toMatchObject({ problem });
  });

  it('says what is wrong in both languages', () => {
    const p = checkOverrides({ 'frequent-applications': { count: 7 } })!;
    expect(thresholdProblemText('zh', p)).toBe('频繁申请：「严重」的门槛（criticalCount）不能低于「警告」的门槛（count）。');
    expect(thresholdProblemText('en', checkOverrides({ 'limit-drop': { minDrop: 2 } })!)).toBe(
      'Limit cut · minDrop: enter a share between 0.01% and 100%.',
    );
  });

  it('merges valid overrides and ignores invalid stored values', () => {
    const merged = mergeThresholds({ 'limit-drop': { minDrop: 0.1, windowDays: 'x' }, 'stale-account': { days: 30 }, bogus: { a: 1 } });
    expect(merged['limit-drop']).toEqual({ ...DEFAULT_RULE_SETTINGS['limit-drop'], minDrop: 0.1 });
    expect(merged['stale-account'].days).toBe(30);
    expect(mergeThresholds(undefined)).toEqual(DEFAULT_RULE_SETTINGS);
    expect(DEFAULT_RULE_SETTINGS['stale-account'].days).toBe(14); // defaults are not mutated
  });
});

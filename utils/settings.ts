// Every small setting, in one file: `wxt/storage` items with a fallback and a version, so a later
// shape change is a migration here rather than a surprise in some reader.
import { storage } from 'wxt/utils/storage';
import type { ThresholdOverrides } from './rules/thresholds-check';

export const captureIncognitoItem = storage.defineItem<boolean>('local:captureIncognito', {
  fallback: false,
  version: 1,
});


/**
 * The person's changes to the rule thresholds (heuristics.md defaults otherwise), as
 * `{ ruleId: { field: value } }`. Read through `mergeThresholds`, which drops invalid values.
 */
export const ruleThresholdsItem = storage.defineItem<ThresholdOverrides>('local:ruleThresholds', {
  fallback: {},
  version: 1,
});

// Every small setting, in one file: `wxt/storage` items with a fallback and a version, so a later
// shape change is a migration here rather than a surprise in some reader.
import { storage } from 'wxt/utils/storage';
import { LANGUAGE_KEY, type LangSetting } from './i18n/lang';
import {
  checkDeliverySettings,
  DELIVERY_DEFAULTS,
  type DeliverySettings,
  type QuietHours,
  type SeverityToggles,
} from './notify/delivery-settings';
import { EMPTY_DELIVERY_STATE, type DeliveryState } from './notify/state';
import type { SiteRules } from './picker/stored-rules';
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

// Notifications (issue 4). Read through `readDeliverySettings`, which replaces invalid values by
// the defaults in utils/notify/delivery-settings.ts.

/** Notifications on/off per severity. Info never notifies, whatever is stored. */
export const notifySeveritiesItem = storage.defineItem<SeverityToggles>('local:notifySeverities', {
  fallback: DELIVERY_DEFAULTS.notify,
  version: 1,
});

/** Hours between two scheduled checks; a change recreates the alarm. */
export const checkIntervalHoursItem = storage.defineItem<number>('local:checkIntervalHours', {
  fallback: DELIVERY_DEFAULTS.checkIntervalHours,
  version: 1,
});

/** Local hour (0–23) of the daily warning digest. */
export const digestHourItem = storage.defineItem<number>('local:digestHour', {
  fallback: DELIVERY_DEFAULTS.digestHour,
  version: 1,
});

export const quietHoursItem = storage.defineItem<QuietHours>('local:quietHours', {
  fallback: DELIVERY_DEFAULTS.quietHours,
  version: 1,
});

/** Language of notifications (and, with the options page, of the popup); 'auto' follows the browser. */
export const languageItem = storage.defineItem<LangSetting>(`local:${LANGUAGE_KEY}`, {
  fallback: DELIVERY_DEFAULTS.language,
  version: 1,
});

/** Weekly reminders to look at accounts not seen for a while (stale-account). */
export const remindersItem = storage.defineItem<boolean>('local:reminders', {
  fallback: DELIVERY_DEFAULTS.reminders,
  version: 1,
});

export async function readDeliverySettings(): Promise<DeliverySettings> {
  const [notify, checkIntervalHours, digestHour, quietHours, language, reminders] = await Promise.all([
    notifySeveritiesItem.getValue(),
    checkIntervalHoursItem.getValue(),
    digestHourItem.getValue(),
    quietHoursItem.getValue(),
    languageItem.getValue(),
    remindersItem.getValue(),
  ]);
  return checkDeliverySettings({ notify, checkIntervalHours, digestHour, quietHours, language, reminders });
}

/** Not a setting: the notifier's memory (dedupe records, last digest). Read through `checkDeliveryState`. */
export const deliveryStateItem = storage.defineItem<DeliveryState>('local:deliveryState', {
  fallback: EMPTY_DELIVERY_STATE,
  version: 1,
});

/** Values picked on pages (utils/picker), per site origin. Read through `checkSiteRules`. */
export const siteRulesItem = storage.defineItem<SiteRules>('local:siteRules', {
  fallback: {},
  version: 1,
});

/** What the person calls each tracked site (its accounts' lender), per origin. Read through
 *  `checkSiteNames` (utils/site-names.ts), which drops anything malformed. */
export const siteNamesItem = storage.defineItem<Record<string, string>>('local:siteNames', {
  fallback: {},
  version: 1,
});

// The engine's alerts made ready to store: keyed, worded in both languages, and carrying the
// account's limit series for the popup's chart.
import type { AlertWordsSet } from '../model/alert-record';
import type { Lang } from '../i18n/lang';
import type { Account } from '../model/types';
import type { FreshAlert } from './alert-states';
import { describeAlert, type DescribeOptions } from './describe';
import { alertKey, evaluateView } from './engine';
import { limitSeries } from './limit-series';
import type { RuleSettings } from './thresholds';
import type { HistoryView } from './types';

const LANGS: readonly Lang[] = ['zh', 'en'];

export function freshAlerts(
  view: HistoryView,
  settings: RuleSettings,
  accounts: readonly Account[],
  options: DescribeOptions = {},
): FreshAlert[] {
  const names = new Map(accounts.map((a) => [a.id, a]));
  return evaluateView(view, settings).map((alert) => {
    const text = {} as Record<Lang, AlertWordsSet>;
    for (const lang of LANGS) {
      const { title, detail, advice } = describeAlert(alert, lang, names, options);
      text[lang] = { title, detail, advice };
    }
    const timeline = alert.accountId === undefined ? undefined : view.accountById.get(alert.accountId);
    const series = timeline && limitSeries(timeline, view.now);
    return { ...alert, id: alertKey(alert), text, ...(series ? { series } : {}) };
  });
}

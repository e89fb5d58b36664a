// The toolbar badge: how many lines with an unseen warning-or-worse alert there are, coloured by the
// worst unseen alert. A line is one change of one account (utils/rules/grouping.ts): one cut that
// raised 额度下降, 额度归零 and 状态受限 counts once. Cleared (empty text) when there are none; seeing
// or dismissing alerts in the popup lowers it.
import type { AlertRecord } from '../model/alert-record';
import { groupAlerts } from '../rules/grouping';

export const BADGE_COLORS = { critical: '#c4212b', warning: '#b26b00' } as const;

export interface Badge {
  text: string;
  color?: string;
}

const isUnseen = (a: Pick<AlertRecord, 'severity' | 'state'>): boolean => a.state === 'new' && a.severity !== 'info';

export function badgeFor(alerts: readonly Pick<AlertRecord, 'rule' | 'severity' | 'state' | 'at' | 'accountId'>[]): Badge {
  const lines = groupAlerts(alerts).filter((g) => g.alerts.some(isUnseen)).length;
  if (!lines) return { text: '' };
  const color = alerts.some((a) => isUnseen(a) && a.severity === 'critical') ? BADGE_COLORS.critical : BADGE_COLORS.warning;
  return { text: lines > 99 ? '99+' : String(lines), color };
}

export interface ActionLike {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}

export async function showBadge(action: ActionLike, badge: Badge): Promise<void> {
  if (badge.color) await action.setBadgeBackgroundColor({ color: badge.color });
  await action.setBadgeText({ text: badge.text });
}

// The toolbar badge: how many unseen warning-or-worse alerts there are, coloured by the worst.
// Cleared (empty text) when there are none; seeing or dismissing alerts in the popup lowers it.
import type { AlertRecord } from '../model/alert-record';

export const BADGE_COLORS = { critical: '#c4212b', warning: '#b26b00' } as const;

export interface Badge {
  text: string;
  color?: string;
}

export function badgeFor(alerts: readonly Pick<AlertRecord, 'severity' | 'state'>[]): Badge {
  const unseen = alerts.filter((a) => a.state === 'new' && a.severity !== 'info');
  if (!unseen.length) return { text: '' };
  const color = unseen.some((a) => a.severity === 'critical') ? BADGE_COLORS.critical : BADGE_COLORS.warning;
  return { text: unseen.length > 99 ? '99+' : String(unseen.length), color };
}

export interface ActionLike {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}

export async function showBadge(action: ActionLike, badge: Badge): Promise<void> {
  if (badge.color) await action.setBadgeBackgroundColor({ color: badge.color });
  await action.setBadgeText({ text: badge.text });
}

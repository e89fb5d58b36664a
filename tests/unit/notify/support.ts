// Small builders for the notifier tests: stored alerts and local times.
import type { AlertRecord } from '../../../utils/model/alert-record';
import { DELIVERY_DEFAULTS, type DeliverySettings } from '../../../utils/notify/delivery-settings';
import type { Severity } from '../../../utils/rules/types';

/** A local time on 2026-11-23 (+ days): the planner works in the person's time zone. */
export const local = (hour: number, minute = 0, days = 0): Date => new Date(2026, 10, 23 + days, hour, minute);

export function stored(id: string, severity: Severity, patch: Partial<AlertRecord> = {}): AlertRecord {
  const [rule = 'limit-drop', accountId] = id.split('|');
  return {
    id,
    rule: rule as AlertRecord['rule'],
    severity,
    accountId,
    at: '2026-11-20T08:00:00.000Z',
    evidence: { previous: 50000, current: 30000 },
    grade: 1,
    state: 'new',
    raisedAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    text: {
      zh: { title: `${accountId ?? ''} 额度下降`.trim(), detail: '总额度从 ¥50,000.00 降到 ¥30,000.00', advice: [] },
      en: { title: `${accountId ?? ''}: limit cut`, detail: 'Total limit fell from ¥50,000.00 to ¥30,000.00', advice: [] },
    },
    ...patch,
  };
}

export const settings = (patch: Partial<DeliverySettings> = {}): DeliverySettings => ({ ...DELIVERY_DEFAULTS, ...patch });

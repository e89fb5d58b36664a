import { describe, expect, it } from 'vitest';
import type { AlertRecord } from '../../../utils/model/alert-record';
import { isWorse, reconcileAlerts, withState, type FreshAlert } from '../../../utils/rules/alert-states';

const T0 = '2026-11-01T00:00:00.000Z';
const T1 = '2026-11-02T00:00:00.000Z';
const words = { title: 't', detail: 'd', advice: [] };
const fresh = (over: Partial<FreshAlert> = {}): FreshAlert => ({
  id: 'limit-drop|jd',
  rule: 'limit-drop',
  severity: 'warning',
  accountId: 'jd',
  at: T0,
  evidence: {},
  grade: 1,
  text: { zh: words, en: words },
  ...over,
});
const stored = (state: AlertRecord['state'], over: Partial<AlertRecord> = {}): AlertRecord => ({
  ...fresh(),
  state,
  raisedAt: T0,
  updatedAt: T0,
  ...over,
});

describe('alert states', () => {
  it('orders badness by severity, then grade', () => {
    expect(isWorse({ severity: 'critical', grade: 0 }, { severity: 'warning', grade: 9 })).toBe(true);
    expect(isWorse({ severity: 'warning', grade: 2 }, { severity: 'warning', grade: 1 })).toBe(true);
    expect(isWorse({ severity: 'warning', grade: 1 }, { severity: 'warning', grade: 1 })).toBe(false);
    expect(isWorse({ severity: 'info', grade: 9 }, { severity: 'warning', grade: 1 })).toBe(false);
  });

  it('raises a new alert as new and removes one whose condition ended', () => {
    const c = reconcileAlerts([stored('seen', { id: 'stale-account|x', rule: 'stale-account' })], [fresh()], T1);
    expect(c.put).toEqual([{ ...fresh(), state: 'new', raisedAt: T1, updatedAt: T1 }]);
    expect(c.remove).toEqual(['stale-account|x']);
    expect(c.raised).toEqual(['limit-drop|jd']);
  });

  it('keeps a seen alert seen until it gets worse', () => {
    expect(reconcileAlerts([stored('seen')], [fresh()], T1).put[0]).toMatchObject({ state: 'seen', raisedAt: T0, updatedAt: T1 });
    const worse = reconcileAlerts([stored('seen')], [fresh({ grade: 2 })], T1);
    expect(worse.put[0]).toMatchObject({ state: 'new' });
    expect(worse.raised).toEqual(['limit-drop|jd']);
  });

  it('keeps a dismissed alert quiet until it is worse than when dismissed', () => {
    const dismissed = withState(stored('seen'), 'dismissed', T0);
    expect(dismissed.dismissed).toEqual({ severity: 'warning', grade: 1 });
    const same = reconcileAlerts([dismissed], [fresh()], T1);
    expect(same.put[0]).toMatchObject({ state: 'dismissed', dismissed: { severity: 'warning', grade: 1 } });
    expect(same.raised).toEqual([]);
    const critical = reconcileAlerts([dismissed], [fresh({ severity: 'critical' })], T1);
    expect(critical.put[0]!.state).toBe('new');
    expect(critical.put[0]!.dismissed).toBeUndefined();
    expect(critical.raised).toEqual(['limit-drop|jd']);
  });

  it('does not revive a dismissed alert when the person merely sees it', () => {
    const dismissed = withState(stored('new'), 'dismissed', T0);
    expect(withState(dismissed, 'seen', T1)).toBe(dismissed);
    expect(withState(stored('new'), 'seen', T1)).toMatchObject({ state: 'seen', updatedAt: T1 });
  });
});

// The notifier's stored memory is read defensively: a broken value costs at most a repeated
// notification, never a crash or a silenced alert.
import { describe, expect, it } from 'vitest';
import { checkRecords, pruneRecords, withNotified } from '../../../utils/notify/dedupe';
import { checkDeliveryState, EMPTY_DELIVERY_STATE } from '../../../utils/notify/state';

describe('delivery state', () => {
  it('keeps well-formed records and drops the rest', () => {
    const raw = {
      notified: {
        'limit-drop|a': { severity: 'critical', grade: 3 },
        'limit-drop|b': { severity: 'severe', grade: 3 },
        'limit-drop|c': { severity: 'warning', grade: '3' },
        'limit-drop|d': null,
      },
      lastDigestAt: 1_800_000_000_000,
    };
    expect(checkDeliveryState(raw)).toEqual({
      notified: { 'limit-drop|a': { severity: 'critical', grade: 3 } },
      lastDigestAt: 1_800_000_000_000,
    });
    for (const bad of [null, 'x', 42, [], { notified: [], lastDigestAt: 'yesterday' }])
      expect(checkDeliveryState(bad)).toEqual(EMPTY_DELIVERY_STATE);
    expect(checkRecords([{ severity: 'info', grade: 1 }])).toEqual({});
  });

  it('records the highest level notified and forgets resolved alerts', () => {
    const a = { id: 'limit-drop|a', severity: 'warning' as const, grade: 2 };
    let r = withNotified({}, [a]);
    r = withNotified(r, [{ ...a, grade: 1 }]);
    expect(r).toEqual({ 'limit-drop|a': { severity: 'warning', grade: 2 } });
    expect(pruneRecords(r, new Set(['other']))).toEqual({});
  });
});

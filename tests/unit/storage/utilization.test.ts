import { describe, expect, it } from 'vitest';
import { utilization } from '../../../utils/storage/dashboard';

const base = { accountId: 'a', at: '2026-11-01T00:00:00.000Z', source: 'page' as const };

describe('utilization', () => {
  it('uses usedAmount, else total − available on a usable line', () => {
    expect(utilization({ ...base, totalLimit: 1000, usedAmount: 250, status: 'normal' })).toBe(0.25);
    expect(utilization({ ...base, totalLimit: 1000, availableLimit: 600, status: 'unknown' })).toBe(0.4);
  });
  it('does not read a blocked line’s zero available as spending', () => {
    expect(utilization({ ...base, totalLimit: 20000, availableLimit: 0, status: 'limited' })).toBeUndefined();
    expect(utilization({ ...base, totalLimit: 20000, availableLimit: 0, status: 'frozen' })).toBeUndefined();
    expect(utilization({ ...base, totalLimit: 20000, usedAmount: 5000, availableLimit: 0, status: 'frozen' })).toBe(0.25);
  });
});

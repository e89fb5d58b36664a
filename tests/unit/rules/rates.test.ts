// One reading of a view's price (utils/rules/rates.ts), used by rate-increase, the history view and
// the scenario oracle.
import { describe, expect, it } from 'vitest';
import { annualRate, sameRate, shownDailyRate } from '../../../utils/rules/rates';

describe('annualRate', () => {
  it('takes the page’s own APR over its daily rate', () => {
    expect(annualRate({ apr: 0.1278, dailyRate: 0.0005 })).toBe(0.1278);
    expect(annualRate({ apr: 0 })).toBe(0); // an interest-free offer is a rate, not a missing one
  });

  it('annualises a daily rate by 365 (simple interest, as lenders quote 日利率)', () => {
    expect(annualRate({ dailyRate: 0.0005 })).toBeCloseTo(0.1825, 12);
    expect(annualRate({ dailyRate: 0.0002 })).toBeCloseTo(0.073, 12);
  });

  it('is undefined for a view that shows no rate', () => {
    expect(annualRate({})).toBeUndefined();
  });
});

describe('shownDailyRate', () => {
  it('is the daily rate only where the annual rate came from it', () => {
    expect(shownDailyRate({ dailyRate: 0.0005 })).toBe(0.0005);
    expect(shownDailyRate({ dailyRate: 0.0005, apr: 0.18 })).toBeNull();
    expect(shownDailyRate({ apr: 0.18 })).toBeNull();
    expect(shownDailyRate({})).toBeNull();
  });
});

describe('sameRate', () => {
  it('treats a daily rate × 365 and the page’s APR for that price as one', () => {
    expect(sameRate(annualRate({ dailyRate: 0.00035 })!, 0.1277500000000001)).toBe(true);
    expect(sameRate(0.1825, 0.1825)).toBe(true);
    expect(sameRate(0, 0)).toBe(true);
  });

  it('tells apart rates that differ by more than rounding', () => {
    expect(sameRate(0.1825, 0.1826)).toBe(false);
    expect(sameRate(0, 1e-12)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseRate } from '../../../utils/extract/rates';

describe('parseRate', () => {
  it.each<[string, 'daily' | 'annual' | undefined, { dailyRate?: number; apr?: number }]>([
    ['日利率 0.035%', undefined, { dailyRate: 0.00035 }],
    ['日利率0.05%', undefined, { dailyRate: 0.0005 }],
    ['日息0.05%', undefined, { dailyRate: 0.0005 }],
    ['0.05%/天', undefined, { dailyRate: 0.0005 }],
    ['年化利率(单利) 12.78%', undefined, { apr: 0.1278 }],
    ['年化利率（单利）12.78%', undefined, { apr: 0.1278 }],
    ['近似折算年化利率 18.25%', undefined, { apr: 0.1825 }],
    ['APR 12.78%', undefined, { apr: 0.1278 }],
    ['Purchase APR: 18.25%', undefined, { apr: 0.1825 }],
    ['日利率0.05%（年化利率18.25%）', undefined, { dailyRate: 0.0005, apr: 0.1825 }],
    ['万分之五', undefined, { dailyRate: 0.0005 }],
    ['万五', undefined, { dailyRate: 0.0005 }],
    ['日息万五', undefined, { dailyRate: 0.0005 }],
    ['万分之3.5', undefined, { dailyRate: 0.00035 }],
    ['万分之三点五', undefined, { dailyRate: 0.00035 }],
    ['日费用6分', undefined, { dailyRate: 0.00006 }],
    ['日费用6分（每千元每天0.06元）', undefined, { dailyRate: 0.00006 }],
    ['6分', 'daily', { dailyRate: 0.00006 }],
    ['0.035%', 'daily', { dailyRate: 0.00035 }],
    ['12.78%', 'annual', { apr: 0.1278 }],
    ['0.5‰', 'daily', { dailyRate: 0.0005 }],
  ])('%s (%s)', (text, hint, want) => {
    expect(parseRate(text, hint)).toEqual(want);
  });

  it.each([
    ['7.2%-24%'],
    ['年化利率(单利)7.2%-24%'],
    ['7.2%~24%'],
    ['7.2%～24%'],
    ['3.6%起'],
    ['年化利率3.6%起'],
    ['日利率低至0.02%'],
    ['12.78%'],
    ['万一逾期'],
    ['5万五千元'],
    ['综合评分60分'],
    [''],
  ])('%s → undefined', (text) => {
    expect(parseRate(text)).toBeUndefined();
  });

  it('reads a rate the history could not hold as a misreading, not a rate', () => {
    // Digits split by a space leave "35%" of "0.035%": 35 % a day is no rate.
    expect(parseRate('日利率 0.0 35%')).toBeUndefined();
    expect(parseRate('年化利率 1278%')).toBeUndefined();
    expect(parseRate('日利率 1%')).toEqual({ dailyRate: 0.01 });
    expect(parseRate('年化利率 500%')).toEqual({ apr: 5 });
  });

  it('gives clean fractions without float noise', () => {
    expect(parseRate('日利率 0.07%')?.dailyRate).toBe(0.0007);
    expect(parseRate('年化 14.6%')?.apr).toBe(0.146);
  });
});

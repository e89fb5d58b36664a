import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  formatAmount,
  formatApr,
  formatDailyRate,
  formatRate,
  formatRelative,
  formatUtilization,
} from '../../../utils/format';

describe('amounts', () => {
  it('formats yuan with the ¥ sign, grouping and two decimals in both languages', () => {
    expect(formatAmount('zh', 12345)).toBe('¥12,345.00');
    expect(formatAmount('en', 12345.6)).toBe('¥12,345.60');
    expect(formatAmount('zh', 0)).toBe('¥0.00');
  });
});

describe('rates', () => {
  it('shows fractions as percents without floating-point noise', () => {
    expect(formatRate('zh', 0.00035)).toBe('0.035%');
    expect(formatRate('en', 0.1278)).toBe('12.78%');
  });

  it('labels daily rate and APR', () => {
    expect(formatDailyRate('zh', 0.00035)).toBe('日利率 0.035%');
    expect(formatApr('zh', 0.1278)).toBe('年化 12.78%');
    expect(formatDailyRate('en', 0.0002)).toBe('Daily rate 0.02%');
    expect(formatApr('en', 0.24)).toBe('APR 24%');
  });
});

describe('utilisation', () => {
  it('is a whole percent, with one decimal for small shares', () => {
    expect(formatUtilization('zh', 0.36)).toBe('36%');
    expect(formatUtilization('en', 1)).toBe('100%');
    expect(formatUtilization('en', 0.004)).toBe('0.4%');
    expect(formatUtilization('en', 0)).toBe('0%');
  });
});

describe('relative time', () => {
  const now = Date.parse('2026-11-23T08:00:00.000Z');
  const before = (ms: number) => new Date(now - ms).toISOString();
  const MIN = 60_000;
  const DAY = 24 * 60 * MIN;

  it('says how long ago in Chinese', () => {
    expect(formatRelative('zh', before(10_000), now)).toBe('刚刚');
    expect(formatRelative('zh', before(5 * MIN), now)).toBe('5 分钟前');
    expect(formatRelative('zh', before(3 * 60 * MIN), now)).toBe('3 小时前');
    expect(formatRelative('zh', before(3 * DAY), now)).toBe('3 天前');
    expect(formatRelative('zh', before(65 * DAY), now)).toBe('2 个月前');
    expect(formatRelative('zh', before(800 * DAY), now)).toBe('2 年前');
  });

  it('uses singular and plural in English', () => {
    expect(formatRelative('en', before(1 * DAY), now)).toBe('1 day ago');
    expect(formatRelative('en', before(3 * DAY + 5 * MIN), now)).toBe('3 days ago');
    expect(formatRelative('en', before(MIN), now)).toBe('1 minute ago');
  });

  it('treats future times (clock skew) and garbage as just now', () => {
    expect(formatRelative('en', before(-DAY), now)).toBe('just now');
    expect(formatRelative('en', 'not a date', now)).toBe('just now');
  });
});

describe('export file name', () => {
  it('uses the local calendar date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('limit-sentinel-history-2026-01-05.json');
  });
});

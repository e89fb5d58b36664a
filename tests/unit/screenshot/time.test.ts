import { describe, expect, it } from 'vitest';
import { packageFromName, takenTime, timeFromName } from '../../../utils/screenshot/time';

const NOW = new Date('2026-12-07T12:00:00Z');
const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('when a screenshot was taken', () => {
  it.each([
    ['Screenshot_20261203-101500.png', '2026-12-03T02:15:00.000Z'],
    ['Screenshot_2026-12-03-10-15-00-123_com.eg.android.AlipayGphone.jpg', '2026-12-03T02:15:00.123Z'],
    // Phone-local China time: half past midnight on the 4th is the 3rd in UTC.
    ['Screenshot_20261204-003000.png', '2026-12-03T16:30:00.000Z'],
    ['IMG_20261203_101500.jpg', '2026-12-03T02:15:00.000Z'],
    ['/sdcard/Pictures/Screenshots/Screenshot_20261203-101500.png', '2026-12-03T02:15:00.000Z'],
    ['mmexport1701569700123.jpg', '2023-12-03T02:15:00.123Z'],
    ['IMG_1234.PNG', undefined],
    ['Screenshot_20261332-101500.png', undefined],
    ['Screenshot_20260230-101500.png', undefined],
    ['Screenshot_20261203-256000.png', undefined],
    ['report-2026.png', undefined],
  ])('%s → %s', (name, expected) => {
    expect(iso(timeFromName(name))).toBe(expected);
  });

  it('takes the name first, then the file time, and never a time after now', () => {
    const fileTime = Date.parse('2026-12-05T08:00:00Z');
    expect(takenTime('Screenshot_20261203-101500.png', fileTime, NOW)).toEqual({
      takenAt: '2026-12-03T02:15:00.000Z',
      takenFrom: 'file-name',
    });
    expect(takenTime('IMG_1234.PNG', fileTime, NOW)).toEqual({ takenAt: '2026-12-05T08:00:00.000Z', takenFrom: 'file-time' });
    // A name dated in the future is no date: the file's time speaks.
    expect(takenTime('Screenshot_20271203-101500.png', fileTime, NOW)).toEqual({
      takenAt: '2026-12-05T08:00:00.000Z',
      takenFrom: 'file-time',
    });
    expect(takenTime('Screenshot_20271203-101500.png', undefined, NOW)).toBeUndefined();
    expect(takenTime('IMG_1234.PNG', Date.parse('2026-12-08T00:00:00Z'), NOW)).toBeUndefined();
    expect(takenTime(undefined, Date.parse('1999-12-31T00:00:00Z'), NOW)).toBeUndefined();
    expect(takenTime('mmexport9999999999999.jpg', undefined, NOW)).toBeUndefined();
  });

  it('finds the app package an Android screenshot name ends with', () => {
    expect(packageFromName('Screenshot_2026-12-03-10-15-00-123_com.eg.android.AlipayGphone.jpg')).toBe('com.eg.android.AlipayGphone');
    expect(packageFromName('Screenshot_2026-12-04-08-30-00-456_cmb.pb.jpg')).toBe('cmb.pb');
    expect(packageFromName('Screenshot_20261203-101500.png')).toBeUndefined();
    expect(packageFromName('IMG_1234.PNG')).toBeUndefined();
  });
});

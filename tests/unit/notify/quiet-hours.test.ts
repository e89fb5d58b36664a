import { describe, expect, it } from 'vitest';
import { clockMinutes, lastLocalTime, localDay, nextLocalTime } from '../../../utils/notify/clock';
import { isQuiet, quietEnd } from '../../../utils/notify/quiet-hours';
import { local } from './support';

const overnight = { enabled: true, start: '22:00', end: '08:00' };
const daytime = { enabled: true, start: '12:30', end: '14:00' };

describe('quiet hours', () => {
  it('wrap past midnight: quiet from the start, loud again at the end', () => {
    expect(isQuiet(local(21, 59), overnight)).toBe(false);
    expect(isQuiet(local(22, 0), overnight)).toBe(true);
    expect(isQuiet(local(3, 0), overnight)).toBe(true);
    expect(isQuiet(local(7, 59), overnight)).toBe(true);
    expect(isQuiet(local(8, 0), overnight)).toBe(false);
    expect(isQuiet(local(12, 0), overnight)).toBe(false);
  });

  it('work within one day too', () => {
    expect(isQuiet(local(12, 29), daytime)).toBe(false);
    expect(isQuiet(local(13, 0), daytime)).toBe(true);
    expect(isQuiet(local(14, 0), daytime)).toBe(false);
  });

  it('are off when disabled or empty', () => {
    expect(isQuiet(local(23, 0), { ...overnight, enabled: false })).toBe(false);
    expect(isQuiet(local(23, 0), { enabled: true, start: '08:00', end: '08:00' })).toBe(false);
  });

  it('end at the next end time: the same morning after midnight, the next morning before it', () => {
    expect(quietEnd(local(23, 0), overnight)).toEqual(local(8, 0, 1));
    expect(quietEnd(local(3, 0), overnight)).toEqual(local(8, 0));
  });
});

describe('clock', () => {
  it('reads HH:MM and finds the next and the last local time', () => {
    expect(clockMinutes('07:15')).toBe(435);
    expect(nextLocalTime(local(9, 0), 9 * 60)).toEqual(local(9, 0, 1)); // strictly after
    expect(nextLocalTime(local(8, 59), 9 * 60)).toEqual(local(9, 0));
    expect(lastLocalTime(local(9, 0), 9 * 60)).toEqual(local(9, 0)); // at or before
    expect(lastLocalTime(local(8, 59), 9 * 60)).toEqual(local(9, 0, -1));
    expect(localDay(local(0, 5))).toBe('2026-11-23');
  });
});

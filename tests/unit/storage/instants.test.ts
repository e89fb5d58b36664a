// History times are normalised to toISOString() form on the way in (the database orders rows by the
// string), whatever offset or precision the file wrote them with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantSchema, parseHistory } from '../../../utils/model/history-schema';

describe('instantSchema', () => {
  it('turns any valid ISO time into toISOString() form and keeps that form as it is', () => {
    expect(instantSchema.parse('2026-10-01T18:00:00+08:00')).toBe('2026-10-01T10:00:00.000Z');
    expect(instantSchema.parse('2026-10-01T10:00:00Z')).toBe('2026-10-01T10:00:00.000Z');
    expect(instantSchema.parse('2026-10-01T10:00:00.5Z')).toBe('2026-10-01T10:00:00.500Z');
    expect(instantSchema.parse('2024-02-29T23:59:59.999Z')).toBe('2024-02-29T23:59:59.999Z');
    for (const bad of ['2026-13-01T00:00:00.000Z', '2026-02-29T00:00:00.000Z', '2026-10-01T24:00:00.000Z', '2026-10-01T10:00:00.000', '2026-10-01']) {
      expect(instantSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('gives the same instant for every offset and precision a file may use', () => {
    const moment = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(moment, fc.integer({ min: -12 * 60, max: 14 * 60 }), (d, offsetMinutes) => {
        const iso = d.toISOString();
        expect(instantSchema.parse(iso)).toBe(iso);
        const local = new Date(d.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(instantSchema.parse(local + offset)).toBe(iso);
      }),
    );
  });
});

describe('one account, one observation per instant', () => {
  it('names the second observation at the same time, also when the file wrote it another way', () => {
    const file = {
      format: 'limit-sentinel.history',
      version: 1,
      exportedAt: '2026-11-23T00:00:00.000Z',
      accounts: [{ id: 'a', lender: 'L' }, { id: 'b', lender: 'M' }],
      observations: [
        { accountId: 'a', at: '2026-10-01T10:00:00.000Z', status: 'normal', source: 'manual' },
        { accountId: 'b', at: '2026-10-01T10:00:00.000Z', status: 'normal', source: 'manual' },
        { accountId: 'a', at: '2026-10-01T18:00:00+08:00', status: 'frozen', source: 'manual' },
      ],
      events: [],
    };
    expect(parseHistory(file)).toMatchObject({ ok: false, path: 'observations[2].at' });
    expect(parseHistory({ ...file, observations: file.observations.slice(0, 2) }).ok).toBe(true);
  });
});

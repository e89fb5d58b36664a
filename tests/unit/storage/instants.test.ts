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
    for (const bad of [
      '2026-13-01T00:00:00.000Z',
      '2026-02-29T00:00:00.000Z',
      '2026-10-01T24:00:00.000Z',
      '2026-10-01T10:00:00.000',
      '2026-10-01',
    ]) {
      expect(instantSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('gives the same instant for every offset and precision a file may use', () => {
    const moment = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
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

describe('times outside 2000–2099 and ahead of the clock', () => {
  it('refuses an offset that carries a time past year 9999, and years before 2000 or from 2100', () => {
    for (const bad of [
      '9999-12-31T23:59:59.999-23:59',
      '9999-12-31T23:59:59.999Z',
      '2100-01-01T00:00:00.000Z',
      '1999-12-31T23:59:59.999Z',
      '2000-01-01T07:59:59+08:00',
    ]) {
      const r = instantSchema.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message, bad).toBe('a time between the years 2000 and 2099');
    }
    expect(instantSchema.parse('2000-01-01T08:00:00+08:00')).toBe('2000-01-01T00:00:00.000Z');
    expect(instantSchema.parse('2099-12-31T23:59:59.999Z')).toBe('2099-12-31T23:59:59.999Z');
  });

  it('names the first observation or event time more than a day ahead of the clock, when told the clock', () => {
    const file = {
      format: 'limit-sentinel.history',
      version: 1,
      exportedAt: '2026-11-23T00:00:00.000Z',
      accounts: [{ id: 'a', lender: 'L' }],
      observations: [
        { accountId: 'a', at: '2026-10-01T10:00:00.000Z', lastSeenAt: '2026-11-24T00:00:00.001Z', status: 'normal', source: 'manual' },
      ],
      events: [{ at: '2026-11-24T00:00:00.000Z', kind: 'inquiry' }],
    };
    const latest = '2026-11-24T00:00:00.000Z'; // a clock at 2026-11-23T00:00Z
    expect(parseHistory(file, { latest })).toMatchObject({
      ok: false,
      path: 'observations[0].lastSeenAt',
      expected: 'a time not more than a day in the future',
    });
    const early = { ...file, observations: [{ ...file.observations[0], lastSeenAt: latest }] };
    expect(parseHistory(early, { latest }).ok).toBe(true);
    expect(parseHistory({ ...early, events: [{ at: '2026-11-24T00:00:00.001Z', kind: 'inquiry' }] }, { latest })).toMatchObject({
      ok: false,
      path: 'events[0].at',
    });
    // assess reads files without a clock: what lies after --now is ignored there, not refused.
    expect(parseHistory(file).ok).toBe(true);
  });
});

describe('one account, one observation per instant', () => {
  it('names the second observation at the same time, also when the file wrote it another way', () => {
    const file = {
      format: 'limit-sentinel.history',
      version: 1,
      exportedAt: '2026-11-23T00:00:00.000Z',
      accounts: [
        { id: 'a', lender: 'L' },
        { id: 'b', lender: 'M' },
      ],
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

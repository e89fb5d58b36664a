import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../utils/extract/numbers';
import { parseRate } from '../../../utils/extract/rates';

const sane = (n: number | undefined) => n === undefined || (Number.isFinite(n) && n >= 0);

// Pieces that number-like page texts are made of, so that generated strings hit the parsers' paths.
const piece = fc.constantFrom(
  '¥',
  '￥',
  ' ',
  '\u00a0',
  '\u2009',
  '\u3000',
  ',',
  '，',
  '.',
  '．',
  '-',
  '−',
  '~',
  '→',
  '%',
  '‰',
  '万',
  '亿',
  '千',
  '元',
  '起',
  '分',
  '之',
  '五',
  '点',
  '日',
  '年化',
  '利率',
  '调整为',
  '(',
  ')',
  '（',
  '）',
  '*',
  'RMB',
  'e',
  '9'.repeat(400),
  '0',
  '1',
  '2',
  '3',
  '5',
  '7',
  '9',
  '１',
  '２',
  '0.035',
  '12.78',
  '6,086.11',
);
const numberLike = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));

describe('value parsers on arbitrary input', () => {
  it('parseAmount never throws and gives only finite, non-negative numbers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), numberLike), (s) => sane(parseAmount(s))),
      {
        numRuns: 3000,
      },
    );
  });

  it('parseRate never throws and gives only finite, non-negative fractions', () => {
    const hint = fc.constantFrom(undefined, 'daily' as const, 'annual' as const);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), numberLike), hint, (s, h) => {
        const r = parseRate(s, h);
        return r === undefined || (sane(r.dailyRate) && sane(r.apr) && (r.dailyRate !== undefined || r.apr !== undefined));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatted amounts round-trip', () => {
  const cents = fc.integer({ min: 0, max: 99_999_999_999 });
  const grouped = (n: number) =>
    Math.trunc(n)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fullWidth = (s: string) => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('¥1,234.56 · 1234.56元 · full-width · thin-space groups · negative bank balances', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 4 }), (c, style) => {
        const yuan = c / 100;
        const fixed = yuan.toFixed(2);
        const frac = fixed.slice(-3);
        const text = [
          `¥${grouped(yuan)}${frac}`,
          `${fixed}元`,
          fullWidth(`${grouped(yuan)}${frac}`),
          `${grouped(yuan).replace(/,/g, '\u2009')}${frac}`,
          `-${grouped(yuan)}${frac}`,
        ][style]!;
        expect(parseAmount(text)).toBe(yuan);
      }),
      { numRuns: 2000 },
    );
  });

  it('N万 and N亿 scale by 10⁴ and 10⁸', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (n) => {
        const v = n / 10;
        expect(parseAmount(`${v}万`)).toBe(Math.round(v * 1e4 * 100) / 100);
        expect(parseAmount(`${v}亿元`)).toBe(Math.round(v * 1e8 * 100) / 100);
      }),
    );
  });

  it('percent rates round-trip as fractions, up to what the history holds (1 % a day, 500 % a year)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), (n) => {
        const pct = n / 1000;
        expect(parseRate(`日利率 ${pct}%`)?.dailyRate).toBe(pct <= 1 ? Number((pct / 100).toPrecision(10)) : undefined);
        expect(parseRate(`年化利率(单利) ${pct}%`)?.apr).toBe(Number((pct / 100).toPrecision(10)));
      }),
    );
  });
});

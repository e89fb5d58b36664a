import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBill } from '../../../utils/bills/decode';

const TEXT = '交易时间,交易分类,商品说明\n2026-11-01 12:03:04,信用借还,花呗主动还款\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBill', () => {
  it('reads UTF-8, with or without a BOM, and drops the BOM', () => {
    expect(decodeBill(utf8(TEXT))).toBe(TEXT);
    expect(decodeBill(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toBe(TEXT);
  });

  it('reads GBK / GB18030 bytes when they are not UTF-8', () => {
    expect(decodeBill(iconv.encode(TEXT, 'gbk'))).toBe(TEXT);
    expect(decodeBill(iconv.encode(TEXT + '𠀀', 'gb18030'))).toBe(TEXT + '𠀀');
  });

  it('a UTF-8 BOM wins even if the rest is broken (broken bytes become U+FFFD)', () => {
    expect(decodeBill(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]))).toBe('a\ufffdb');
  });

  it('keeps a UTF-8 file cut inside a character as UTF-8 (not GBK mojibake)', () => {
    const bytes = utf8(TEXT.trimEnd());
    expect(decodeBill(bytes.subarray(0, bytes.length - 1))).toBe(TEXT.trimEnd().slice(0, -1));
  });

  it('empty bytes give empty text; arbitrary bytes never throw', () => {
    expect(decodeBill(new Uint8Array())).toBe('');
    for (let seed = 1; seed < 200; seed++) {
      const bytes = Uint8Array.from({ length: seed * 7 }, (_, i) => (i * 2654435761 + seed * 97) % 256);
      expect(typeof decodeBill(bytes)).toBe('string');
    }
  });
});

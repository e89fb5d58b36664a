// The reader on arbitrary lines (what a recogniser may return for any picture): it never throws, and
// whatever it reads is a record the capture schema accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractedObservationSchema } from '../../../utils/messaging/protocol-schema';
import type { Box, OcrLine } from '../../../utils/ocr/types';
import { readScreen } from '../../../utils/screenshot/read';

const WORDS = [
  '可用额度(元)',
  '总额度',
  '已借',
  '日利率',
  '年化利率(单利)',
  '最高可借',
  '本月应还',
  '白条',
  '金条',
  '借呗',
  '尾号1234',
  '招商银行',
  '额度已冻结',
  '去提额',
  '提额暂不可用',
  '邀请好友',
];
const VALUES = [
  '50,000.00',
  '¥8,765.44',
  'Y1.2万',
  '****',
  '0.02%',
  '7.30%',
  '95188',
  '10:15',
  '85%',
  '-6,086.11',
  '1e309',
  '9'.repeat(40),
];
const text = fc.oneof(
  fc.constantFrom(...WORDS, ...VALUES),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '', ':'), fc.constantFrom(...VALUES)).map((t) => t.join('')),
  fc.string({ maxLength: 30 }),
);
const box = fc
  .tuple(
    fc.integer({ min: -50, max: 1100 }),
    fc.integer({ min: -50, max: 2400 }),
    fc.integer({ min: 0, max: 800 }),
    fc.integer({ min: 0, max: 200 }),
  )
  .map(([x, y, w, h]): Box => [x, y, x + w, y + h]);
const line = fc.record({ text, box, score: fc.double({ min: 0, max: 1, noNaN: true }) });

describe('readScreen on arbitrary lines', () => {
  it('never throws and reads only records the capture schema accepts', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
        (lines: OcrLine[], fileName) => {
          const now = new Date('2026-12-07T12:00:00Z');
          const r = readScreen({ lines, width: 1080, height: 2340, now, ...(fileName !== undefined && { fileName }) });
          expect(r.observations.length <= 50).toBe(true);
          expect(r.observations.length > 0 || r.notAccount !== undefined).toBe(true);
          for (const { fields, ...o } of r.observations) {
            expect(extractedObservationSchema.safeParse(o).success).toBe(true);
            expect(fields.length).toBeGreaterThan(0);
          }
          if (r.takenAt) expect(Date.parse(r.takenAt)).toBeLessThanOrEqual(now.getTime());
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});

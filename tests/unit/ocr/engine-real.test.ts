// Real OCR end to end in Node: PP-OCRv4 on onnxruntime-web's wasm reads the screenshots rendered by
// scripts/fixtures/ocr-screens.ts (a light PNG, a dark half-scale JPEG, a JPEG with an ad row), and
// `extract` prints their lines; a WebP screenshot reads as the PNG it was saved from. The models load once for the file. Excluded from the second
// (time-zone) unit run: it is slow and has nothing to do with time zones.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeOcrModels, ocrBytes } from '../../../scripts/lib/ocr-node';
import { screenshotCommand } from '../../../scripts/lib/screenshot-cli';
import type { OcrResult } from '../../../utils/ocr/types';

const SLOW = 180_000;
const read = async (name: string): Promise<OcrResult> => {
  const r = await ocrBytes(new Uint8Array(readFileSync(`tests/fixtures/ocr/${name}`)));
  if (!r.ok) throw new Error(r.problem);
  return r.result;
};
const texts = (r: OcrResult) => r.lines.map((l) => l.text);
const boxOf = (r: OcrResult, text: string) => r.lines.find((l) => l.text === text)!.box;

beforeAll(async () => {
  await nodeOcrModels();
}, SLOW);

describe('OCR of rendered app screens', () => {
  it('reads the light 借呗-like screen: title, label, the big number, the rows beside each other', { timeout: SLOW }, async () => {
    const r = await read('jiebei-light.png');
    expect([r.width, r.height]).toEqual([750, 1624]);
    const t = texts(r);
    for (const word of ['借呗', '50,000.00', '7.30%', '已借', '30,000.00', '提升额度', '暂不可用', '去借钱'])
      expect(t, word).toContain(word);
    expect(t.some((s) => /^可用额度[(（]元[)）]$/.test(s))).toBe(true);
    expect(t.some((s) => /^总额度 ?80,000\.00$/.test(s))).toBe(true);
    expect(t.some((s) => /^日利率 ?0\.02%$/.test(s))).toBe(true);
    // Reading order: the label before its value, the row's left item before its right one.
    expect(t.indexOf('50,000.00')).toBeGreaterThan(t.findIndex((s) => s.startsWith('可用额度')));
    expect(t.indexOf('30,000.00')).toBe(t.indexOf('已借') + 1);
    // Boxes in the picture's own pixels: the big number is taller than its label and below it.
    const big = boxOf(r, '50,000.00');
    expect(big[3] - big[1]).toBeGreaterThan(50);
    expect(big[0]).toBeGreaterThan(40);
    expect(big[2]).toBeLessThan(750);
    for (const l of r.lines) expect(l.score).toBeGreaterThan(0.5);
  });

  it('reads the dark 金条-like JPEG at half scale', { timeout: SLOW }, async () => {
    const r = await read('jintiao-dark.jpg');
    const t = texts(r);
    for (const word of ['京东金条', '12,600.00', '总额度', '20,000.00', '待还', '7,400.00', '10.80%']) expect(t, word).toContain(word);
    expect(t.some((s) => /^可借额度[(（]元[)）]$/.test(s))).toBe(true);
    expect(t.indexOf('20,000.00')).toBe(t.indexOf('总额度') + 1);
  });

  it('reads the 微粒贷-like screen with 万 and its ad row as they are written', { timeout: SLOW }, async () => {
    const r = await read('weilidai-ad.jpg');
    const t = texts(r);
    for (const word of ['微粒贷', '8,500.00']) expect(t, word).toContain(word);
    expect(t.some((s) => /^总额度 ?2\.5万$/.test(s))).toBe(true);
    expect(t.some((s) => /^日利率 ?0\.035%$/.test(s))).toBe(true);
    expect(t.some((s) => /邀请好友.*最高可借200,000元/.test(s))).toBe(true);
    expect(t.some((s) => /^年化利率低至7\.2%$/.test(s))).toBe(true);
  });

  it(
    'extract prints the observation and the lines with their boxes, and refuses a PDF named .png with exit 2',
    { timeout: SLOW },
    async () => {
      const file = 'tests/fixtures/ocr/jintiao-dark.jpg';
      const out = await screenshotCommand(file, new Uint8Array(readFileSync(file)));
      expect(out.code).toBe(0);
      const printed = JSON.parse(out.stdout) as {
        adapter: string;
        observations: unknown[];
        events: unknown[];
        lines: { text: string; box: number[] }[];
      };
      expect(printed.adapter).toBe('screenshot');
      expect(printed.events).toEqual([]);
      // The screen reader's account, in cli.md's fields (the boxes are the lines'), on the 金条 web page's account.
      expect(printed.observations).toEqual([
        {
          accountId: 'jd-jintiao',
          lender: '京东',
          product: '金条',
          kind: 'credit-line',
          totalLimit: 20000,
          availableLimit: 12600,
          usedAmount: 7400,
          apr: 0.108,
          status: 'unknown',
        },
      ]);
      expect(printed.lines.find((l) => l.text === '12,600.00')?.box).toHaveLength(4);
      const refused = await screenshotCommand('statement.png', new TextEncoder().encode('%PDF-1.7\n'));
      expect(refused).toEqual({
        stdout: '',
        stderr: 'extract: statement.png is not a picture (PNG, JPEG or WebP), whatever its name says\n',
        code: 2,
      });
    },
  );

  it('extract prints the same observations for a WebP screenshot as for the PNG it was saved from', { timeout: SLOW }, async () => {
    const run = async (file: string) => {
      const out = await screenshotCommand(file, new Uint8Array(readFileSync(file)), Date.UTC(2026, 11, 7, 2));
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      return JSON.parse(out.stdout) as { adapter: string; observations: Record<string, unknown>[]; lines: { text: string }[] };
    };
    const png = await run('tests/fixtures/screens/ccb-card.png');
    const webp = await run('tests/fixtures/screens/ccb-card.webp');
    expect(webp.adapter).toBe('screenshot');
    expect(webp.observations).toEqual(png.observations);
    // The screen's truth (tests/fixtures/screens/ccb-card.webp.truth.json), not just agreement.
    expect(webp.observations).toMatchObject([
      { accountId: 'ccb-credit-card:2468', lender: '建设银行', kind: 'credit-card', availableLimit: 15300, totalLimit: 18000 },
    ]);
    expect(webp.lines.map((l) => l.text)).toEqual(expect.arrayContaining(['尾号2468', '提额']));
  });
});

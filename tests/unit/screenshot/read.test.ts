// The reader's rules on small screens made of a few lines.
import { describe, expect, it } from 'vitest';
import type { Box, OcrLine } from '../../../utils/ocr/types';
import { readScreen } from '../../../utils/screenshot/read';

const NOW = new Date('2026-12-07T12:00:00Z');
/** Lines given as [text, x0, y0, x1, y1] on a 1080×2340 screen. */
const screen = (rows: [string, ...Box][], fileName?: string, fileTime?: number) =>
  readScreen({
    lines: rows.map(([text, ...box]): OcrLine => ({ text, box, score: 0.98 })),
    width: 1080,
    height: 2340,
    now: NOW,
    ...(fileName && { fileName }),
    ...(fileTime !== undefined && { fileTime }),
  });
const TIME: [string, ...Box] = ['10:15', 48, 18, 144, 63];

describe('readScreen', () => {
  it('says a picture without text is no account', () => {
    expect(screen([])).toEqual({ observations: [], notAccount: 'no-text' });
    expect(screen([TIME]).notAccount).toBe('no-text');
  });

  it('reads a 提额 row that says 暂不可用 beside its entry as closed, and the entry alone as offered', () => {
    const rows: [string, ...Box][] = [
      TIME,
      ['可用额度(元)', 90, 333, 325, 381],
      ['50,000.00', 90, 411, 732, 543],
      ['提升额度', 84, 900, 300, 950],
    ];
    expect(screen([...rows, ['暂不可用', 800, 902, 996, 948]]).observations[0]).toMatchObject({ increaseAvailable: false });
    expect(screen(rows).observations[0]).toMatchObject({ increaseAvailable: true });
    // 暂不可用 on another row says nothing about the entry.
    expect(screen([...rows, ['暂不可用', 800, 1200, 996, 1248]]).observations[0]).toMatchObject({ increaseAvailable: true });
  });

  it('reads the label over the big number, not the bill', () => {
    const r = screen([
      TIME,
      ['本月应还(元)', 90, 333, 325, 381],
      ['1,234.56', 90, 411, 732, 543],
      ['可用额度', 84, 700, 250, 750],
      ['Y8,765.44', 800, 700, 996, 750],
    ]);
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]).toMatchObject({ availableLimit: 8765.44, status: 'unknown' });
    expect(r.observations[0]).not.toHaveProperty('usedAmount');
    expect(r.observations[0]).not.toHaveProperty('accountId');
    expect(r.observations[0]!.fields[0]).toMatchObject({
      field: 'availableLimit',
      text: '可用额度 ¥8,765.44',
      boxes: [
        [84, 700, 250, 750],
        [800, 700, 996, 750],
      ],
    });
  });

  it('keeps the bill over the big number away from the limit label under it', () => {
    const r = screen([
      ['本月应还(元)', 90, 333, 325, 381],
      ['2,100.00', 90, 411, 732, 543],
      ['可用额度(元)o', 90, 570, 325, 610],
      ['8,000.00', 90, 630, 400, 680],
    ]);
    expect(r.observations[0]).toMatchObject({ availableLimit: 8000 });
    expect(r.observations[0]!.fields).toHaveLength(1);
  });

  it('records nothing for a masked figure, and no later copy stands in for it', () => {
    const r = screen([
      ['‹ 借呗', 42, 111, 197, 201],
      ['可借额度(元)', 90, 333, 325, 381],
      ['****', 90, 411, 400, 543],
      ['日利率 0.02%', 90, 600, 400, 640],
      ['可借额度 50,000', 90, 1600, 500, 1640],
    ]);
    expect(r.observations[0]).toMatchObject({ accountId: 'alipay-jiebei', dailyRate: 0.0002 });
    expect(r.observations[0]).not.toHaveProperty('availableLimit');
  });

  it('never reads a ceiling, an ad or a phone number as the person’s figure', () => {
    const r = screen([
      ['最高可借额度(元)', 90, 333, 400, 381],
      ['200,000', 90, 411, 732, 543],
      ['年化利率低至7.2%', 90, 600, 500, 640],
      ['邀请好友得88元', 90, 700, 500, 740],
      ['客服电话', 90, 800, 250, 840],
      ['95188', 800, 800, 996, 840],
      ['立即申请', 400, 900, 700, 960],
    ]);
    expect(r).toMatchObject({ observations: [], notAccount: 'advert' });
  });

  it('names a bank card by its bank and tail, and a 白条 screen by the 白条 account', () => {
    const card = screen([
      ['掌上生活', 200, 111, 400, 201],
      ['尾号 8888', 90, 300, 400, 340],
      ['可用额度(元)', 90, 400, 325, 440],
      ['32,000.00', 90, 460, 600, 540],
    ]);
    expect(card.observations[0]).toMatchObject({
      accountId: 'cmb-credit-card:8888',
      lender: '招商银行',
      kind: 'credit-card',
      availableLimit: 32000,
    });
    const bt = screen([
      ['京东白条', 200, 111, 400, 201],
      ['额度已冻结', 90, 300, 400, 340],
    ]);
    expect(bt.observations[0]).toMatchObject({ accountId: 'jd-baitiao', status: 'frozen', fields: [{ field: 'status', value: 'frozen' }] });
  });

  it('takes the lender from the file name’s package when the screen does not name the product', () => {
    const r = screen([['总额度 ¥80,000.00', 90, 561, 409, 606]], 'Screenshot_2026-12-03-10-15-00-123_com.eg.android.AlipayGphone.jpg');
    expect(r.observations[0]).toMatchObject({ lender: '支付宝', totalLimit: 80000, at: '2026-12-03T02:15:00.123Z' });
    expect(r.observations[0]).not.toHaveProperty('accountId');
    expect(r).toMatchObject({ takenAt: '2026-12-03T02:15:00.123Z', takenFrom: 'file-name' });
  });

  it('says a settings screen shows no figures', () => {
    expect(
      screen(
        [
          ['设置', 200, 111, 300, 201],
          ['版本 8.0.50', 400, 1600, 700, 1640],
        ],
        'IMG_1.PNG',
        Date.parse('2026-12-01T00:00:00Z'),
      ),
    ).toEqual({
      observations: [],
      notAccount: 'no-figures',
      takenAt: '2026-12-01T00:00:00.000Z',
      takenFrom: 'file-time',
    });
  });
});

// PDF text items → lines of cells: cells cut at gaps, table cells wrapped over several printed lines
// joined into one row, separate table rows and titles kept apart.
import { describe, expect, it } from 'vitest';
import { pageLines, type PdfTextItem } from '../../../utils/report/pdf-lines';

/** A run of text at (x, y), 12 units high, each character 12 wide (CJK) or 6 (ASCII). */
const run = (str: string, x: number, y: number): PdfTextItem => ({
  str,
  transform: [12, 0, 0, 12, x, y],
  height: 12,
  width: [...str].reduce((w, c) => w + (c.charCodeAt(0) < 128 ? 6 : 12), 0),
});

describe('pageLines', () => {
  it('cuts a line into cells at gaps and keeps touching runs together', () => {
    expect(
      pageLines([
        run('编号', 36, 750),
        run('查询日期', 81, 750),
        run('查询机构', 186, 750),
        run('2025', 63, 730),
        run('年05月13日', 87, 730),
        run('1', 36, 730),
      ]),
    ).toEqual([
      ['编号', '查询日期', '查询机构'],
      ['1', '2025年05月13日'],
    ]);
  });

  it('joins a table row whose cells wrap (labels and values) and keeps the next row apart', () => {
    // Columns: 37–97 | 104–150 | 411–447 (a narrow one) | 463–487; the row's one-line cells sit on the middle line.
    const items = [
      run('账户授', 411, 500),
      run('管理机构', 37, 492),
      run('币种', 463, 492),
      run('信额度', 411, 485),
      run('重庆蚂蚁消', 37, 467),
      run('人民', 463, 459),
      run('费金融有限', 37, 452),
      run('C1050', 104, 452),
      run('30,000', 411, 452),
      run('币元', 463, 445),
      run('公司', 37, 438),
      run('截至2026年10月31日', 37, 420),
    ];
    expect(pageLines(items)).toEqual([
      ['管理机构', '账户授信额度', '币种'],
      ['重庆蚂蚁消费金融有限公司', 'C1050', '30,000', '人民币元'],
      ['截至2026年10月31日'],
    ]);
  });

  it('keeps consecutive query rows and a title above a header as separate lines', () => {
    // A full-width line sets the page's right margin (about 560).
    const intro = '这部分包含您的信用报告最近2年内被查询的记录。金额类数据均以人民币计算，精确到元。';
    const items = [
      run(intro, 36, 810),
      run('机构查询记录明细', 150, 780),
      run('编号', 36, 765),
      run('查询日期', 81, 765),
      run('查询机构', 186, 765),
      run('1', 36, 750),
      run('2025年05月13日', 63, 750),
      run('某银行', 190, 750),
      run('2', 36, 735),
      run('2025年05月02日', 63, 735),
      run('某银行', 190, 735),
    ];
    expect(pageLines(items)).toEqual([
      [intro.replace('，', ',')],
      ['机构查询记录明细'],
      ['编号', '查询日期', '查询机构'],
      ['1', '2025年05月13日', '某银行'],
      ['2', '2025年05月02日', '某银行'],
    ]);
  });

  it('ignores empty runs and gives nothing for a page without text', () => {
    expect(pageLines([run(' ', 10, 10), run('', 20, 10)])).toEqual([]);
  });
});

// Layouts where a label and its value are not next to each other in the DOM: tables whose headers
// span rows and columns, bands of labels over bands of values (by order or by inline `left:`), boxes
// titled by a card's tail or a line's name, tables turned on their side, units printed once, and the
// signed 溢缴款/欠款 balance.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bandPairs } from '../../../utils/extract/bands';
import { divTables } from '../../../utils/extract/div-table';
import { extractGeneric } from '../../../utils/extract/generic';
import { despace, unitScale } from '../../../utils/extract/labels';
import { readPage } from '../../../utils/extract/status';
import { rowCells, tableGrid } from '../../../utils/extract/table-grid';

const parse = (body: string, title = '账户') =>
  parseHTML(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;
const read = (body: string) => extractGeneric(parse(body), new URL('https://ebank.example.cn/a')).observations;

describe('the table grid', () => {
  it('places rowspan and colspan cells in every slot they cover', () => {
    const doc = parse('<table><tr><th rowspan="2">A</th><th colspan="2">B</th></tr><tr><th>C</th><th>D</th></tr></table>');
    const grid = tableGrid(Array.from(doc.querySelectorAll('tr')));
    expect(grid.slots.map((r) => r.map((c) => c?.textContent))).toEqual([
      ['A', 'B', 'B'],
      ['A', 'C', 'D'],
    ]);
    expect(rowCells(grid, 1).map((c) => c.textContent)).toEqual(['A', 'C', 'D']);
  });
  it('caps spans a bad page blows up', () => {
    const doc = parse('<table><tr><td colspan="100000" rowspan="100000">x</td></tr><tr><td>y</td></tr></table>');
    const grid = tableGrid(Array.from(doc.querySelectorAll('tr')));
    expect(grid.slots[0]!.length).toBeLessThanOrEqual(60);
    expect(grid.slots[1]!.filter((c) => c?.textContent === 'y')).toHaveLength(1);
  });
});

describe('grouped table headers', () => {
  it('names columns by the label under a 万元 group and reads one line per product', () => {
    const obs = read(
      '<table><tr><th rowspan="2">贷款产品</th><th colspan="3">额度（万元）</th><th rowspan="2">状态</th></tr>' +
        '<tr><th>授信额度</th><th>已用额度</th><th>可用额度</th></tr>' +
        '<tr><td>快e贷</td><td>20.00</td><td>5.50</td><td>14.50</td><td>正常</td></tr>' +
        '<tr><td>质押贷</td><td>10.00</td><td>0.00</td><td>10.00</td><td>正常</td></tr></table>',
    );
    expect(obs).toEqual([
      expect.objectContaining({ product: '快e贷', totalLimit: 200000, usedAmount: 55000, availableLimit: 145000, status: 'normal' }),
      expect.objectContaining({ product: '质押贷', totalLimit: 100000, usedAmount: 0, availableLimit: 100000 }),
    ]);
  });
  it('reads the RMB sub-column under a label spanning RMB | USD, never the USD one', () => {
    const [o] = read(
      '<table><tr><td rowspan="2">账户</td><td colspan="2">信用额度</td><td colspan="2">本期应还款额</td></tr>' +
        '<tr><td>RMB</td><td>USD</td><td>RMB</td><td>USD</td></tr>' +
        '<tr><td>人民币/美元账户</td><td>RMB 12,000.00</td><td>USD 1,800.00</td><td>RMB 528.96</td><td>USD 0.00</td></tr></table>',
    );
    expect(o).toMatchObject({ totalLimit: 12000, usedAmount: 528.96 });
  });
  it('skips the rows a currency cell spanning them gives to dollars', () => {
    const [o] = read(
      '<table><tr><td rowspan="2">美元账户 USD</td><td>信用额度</td><td>3,000.00</td></tr><tr><td>本期应还款额</td><td>0.00</td></tr>' +
        '<tr><td rowspan="2">人民币账户 RMB</td><td>信用额度</td><td>22,000.00</td></tr><tr><td>本期应还款额</td><td>4,318.60</td></tr></table>',
    );
    expect(o).toMatchObject({ totalLimit: 22000, usedAmount: 4318.6 });
  });
  it('reads past a dollar cell before the yuan one, and an empty dollar side names no currency row', () => {
    expect(read('<table><tr><td>信用额度</td><td>＄2,000.00</td><td>￥30,000.00</td></tr></table>')[0]).toMatchObject({
      totalLimit: 30000,
    });
    expect(read('<table><tr><td>信用额度</td><td>￥10,000.00</td><td>＄---</td></tr></table>')[0]).toMatchObject({ totalLimit: 10000 });
  });
  it('reads a table turned on its side, one column per product', () => {
    const obs = read(
      '<table><tr><th></th><th>花呗</th><th>借呗</th></tr><tr><td>可用额度</td><td>2,000.00</td><td>30,000.00</td></tr>' +
        '<tr><td>总额度</td><td>5,000.00</td><td>50,000.00</td></tr></table>',
    );
    expect(obs).toEqual([
      expect.objectContaining({ product: '花呗', kind: 'pay-later', availableLimit: 2000, totalLimit: 5000 }),
      expect.objectContaining({ product: '借呗', kind: 'credit-line', availableLimit: 30000, totalLimit: 50000 }),
    ]);
  });
});

describe('bands of labels and values', () => {
  it('pairs a row of values with the row of labels under it, by order', () => {
    const [o] = read(
      '<div><div class="n"><b>¥ 8,600.00</b><b>¥ 20,000.00</b></div><div class="l"><span>可用额度(元)</span><span>总额度(元)</span></div></div>',
    );
    expect(o).toMatchObject({ availableLimit: 8600, totalLimit: 20000 });
  });
  it('pairs absolutely positioned boxes by their left:, whatever the DOM order', () => {
    const [o] = read(
      '<div><div style="position:absolute;left:160px">信用额度</div><div style="position:absolute;left:6px">账单周期</div>' +
        '<div style="position:absolute;left:275px">本期应还金额</div></div>' +
        '<div><div style="position:absolute;left:6px">2026/07/09-2026/08/08</div><div style="position:absolute;left:275px">￥ 1,927.79</div>' +
        '<div style="position:absolute;left:160px">￥ 35,000.00</div></div>',
    );
    expect(o).toMatchObject({ totalLimit: 35000, usedAmount: 1927.79 });
  });
  it('pairs the halves of one grid box: labels first, values after', () => {
    const [o] = read('<div style="display:grid"><span>总额度</span><span>可用额度</span><b>20,000</b><b>15,000</b></div>');
    expect(o).toMatchObject({ totalLimit: 20000, availableLimit: 15000 });
  });
  it('pairs nothing when the counts differ or the labels hold digits', () => {
    const pairs = (body: string) => {
      const page = readPage(parse(body));
      return bandPairs(page, new Set(page.els)).length;
    };
    expect(pairs('<div><div><span>总额度</span><span>可用额度</span></div><div><b>20,000</b><b>15,000</b></div></div>')).toBe(2);
    expect(pairs('<div><div><span>总额度</span><span>可用额度</span></div><div><b>20,000</b></div></div>')).toBe(0);
    expect(pairs('<div><div><span>总额度</span><span>近3期</span></div><div><b>20,000</b><b>15,000</b></div></div>')).toBe(0);
  });
});

describe('account boxes', () => {
  it('titles repeated boxes by their cards’ tails and lines’ names', () => {
    const obs = read(
      '<div class="c"><div>招商银行信用卡 尾号1234</div><p>信用额度：¥50,000.00</p></div>' +
        '<div class="c"><div>Visa全币种卡 尾号5678</div><p>信用额度：¥20,000.00</p><p>可用额度：¥14,200.00<br>$2,100.00</p></div>' +
        '<div class="c"><div>新一贷</div><p>贷款余额：¥48,213.90</p></div>',
    );
    expect(obs).toEqual([
      expect.objectContaining({ product: '尾号1234', kind: 'credit-card', totalLimit: 50000 }),
      expect.objectContaining({ product: '尾号5678', totalLimit: 20000, availableLimit: 14200 }),
      expect.objectContaining({ product: '新一贷', kind: 'credit-line', usedAmount: 48213.9 }),
    ]);
  });
  it('gives a box titled only by its kind its own account beside a named one, and reads a label led by the box’s name', () => {
    const obs = read(
      '<section><h2>360分期</h2><p>360分期可用额度(元)：3,500.00</p></section><section><h2>信用卡</h2><p>信用额度：26,000</p></section>',
    );
    expect(obs).toEqual([
      expect.objectContaining({ product: '360分期', availableLimit: 3500 }),
      expect.objectContaining({ product: '信用卡', totalLimit: 26000 }),
    ]);
  });
  it('keeps boxes with plain headings one account (额度信息 · 还款信息)', () => {
    const obs = read(
      '<div class="b"><h3>额度信息</h3><p>总额度：30,000</p></div><div class="b"><h3>还款信息</h3><p>本期应还：1,200</p></div>',
    );
    expect(obs).toEqual([expect.objectContaining({ totalLimit: 30000, usedAmount: 1200 })]);
    expect(obs[0]!.product).toBeUndefined();
  });
});

describe('units and signs', () => {
  it('reads 万元 from the label, or once from the panel', () => {
    expect(unitScale('可用额度（万元）')).toBe(1e4);
    expect(unitScale('可用额度(元)')).toBe(1);
    expect(read('<div><span>可用额度(万元)</span><span>12.5</span></div>')[0]).toMatchObject({ availableLimit: 125000 });
    expect(read('<div><p>单位：万元</p><div><span>授信额度</span><span>30.00</span></div></div>')[0]).toMatchObject({ totalLimit: 300000 });
    expect(read('<div><span>总额度(万元)</span><span>2.5万</span></div>')[0]).toMatchObject({ totalLimit: 25000 });
  });
  it('reads labels spaced out to fill a column', () => {
    expect(despace('信 用 额 度')).toBe('信用额度');
    expect(despace('尊敬的 王先生')).toBe('尊敬的 王先生');
    expect(read('<p>信 用 额 度：12,000.00</p>')[0]).toMatchObject({ totalLimit: 12000 });
  });
  it('takes 溢缴款/欠款 as debt only when negative', () => {
    const row = (v: string) =>
      read(`<table><tr><td>信用额度</td><td>10,000.00</td></tr><tr><td>溢缴款/欠款</td><td>${v}</td></tr></table>`)[0];
    expect(row('-2,000.00')).toMatchObject({ usedAmount: 2000 });
    expect(row('0.00')).toMatchObject({ usedAmount: 0 });
    expect(row('+350.00')?.usedAmount).toBeUndefined();
    expect(row('350.00')?.usedAmount).toBeUndefined();
  });
});

describe('what a page draws around its labels', () => {
  it('reads past an icon font glyph beside a label', () => {
    const [o] = read(
      '<div class="t"><span>可用额度(元)</span><i class="iconfont">\ue6a1</i></div><div class="n">16,500.00</div><p>总额度 20,000.00</p>',
    );
    expect(o).toMatchObject({ availableLimit: 16500, totalLimit: 20000 });
  });
  it('reads one label for two amounts over a value written with a slash, and nothing from one number', () => {
    expect(read('<div><p>可用额度/总额度(元)</p><p>4,200.00 / <em>6,000.00</em></p></div>')[0]).toMatchObject({
      availableLimit: 4200,
      totalLimit: 6000,
    });
    expect(read('<div><p>可用额度/总额度(元)</p><p>4,200.00</p></div>')).toEqual([]);
  });
  it('takes 生效 as normal under a status label only', () => {
    expect(read('<table><tr><th>授信额度</th><th>额度状态</th></tr><tr><td>300,000.00</td><td>生效</td></tr></table>')[0]).toMatchObject({
      status: 'normal',
    });
    expect(read('<p>授信额度：300,000.00</p><p>生效</p>')[0]).toMatchObject({ status: 'unknown' });
  });
});

describe('boxes titled in a header line', () => {
  it('names repeated boxes by the line name in their header, with each box’s own status tag', () => {
    const item = (name: string, tag: string, total: string) =>
      `<div class="item"><div class="hd"><span>${name}</span><span class="tag">${tag}</span><span>合同编号：02001215202503</span></div>` +
      `<div class="bd"><p>授信额度：${total}</p></div></div>`;
    const obs = read(item('融e借', '正常', '80,000.00') + item('经营快贷', '已冻结', '300,000.00'));
    expect(obs).toEqual([
      expect.objectContaining({ product: '融e借', totalLimit: 80000, status: 'normal' }),
      expect.objectContaining({ product: '经营快贷', totalLimit: 300000, status: 'frozen' }),
    ]);
  });
  it('names no account by a header line when its box does not repeat', () => {
    const obs = read(
      '<div class="item"><div class="hd"><span>滴水贷</span><span>借款记录</span></div><div class="bd"><p>可借额度：42,000.00</p></div></div>',
    );
    expect(obs).toEqual([expect.objectContaining({ availableLimit: 42000 })]);
    expect(obs[0]!.product).toBeUndefined();
  });
});

describe('values where component libraries and old e-banks put them', () => {
  it('reads a value shown in a read-only or disabled text box, never in one the person types into', () => {
    const row = (input: string) => read(`<table><tr><td>信用额度：</td><td>${input} 元</td></tr></table>`)[0];
    expect(row('<input type="text" readonly value="30,000.00">')).toMatchObject({ totalLimit: 30000 });
    expect(row('<input disabled value="30,000.00">')).toMatchObject({ totalLimit: 30000 });
    expect(row('<input type="text" value="30,000.00">')).toBeUndefined();
    expect(row('<input type="hidden" readonly value="30,000.00">')).toBeUndefined();
  });
  it('joins a table’s rows to the header row drawn in a table of its own, and reads a fixed column’s copy once', () => {
    const head = '<div class="h"><table><thead><tr><th>卡号</th><th>信用额度</th><th>可用额度</th></tr></thead></table></div>';
    const body =
      '<div class="b"><table><tbody><tr><td>6259 **** **** 4321</td><td>50,000.00</td><td>38,210.55</td></tr>' +
      '<tr><td>6259 **** **** 8765</td><td>20,000.00</td><td>20,000.00</td></tr></tbody></table></div>';
    const obs = read(`<div class="t">${head}${body}<div class="fixed">${head}${body}</div></div>`);
    expect(obs).toEqual([
      expect.objectContaining({ product: '尾号4321', totalLimit: 50000, availableLimit: 38210.55 }),
      expect.objectContaining({ product: '尾号8765', totalLimit: 20000, availableLimit: 20000 }),
    ]);
  });
  it('takes no header from a table holding figures of its own', () => {
    const obs = read(
      '<table><tr><td>信用额度</td><td>本期应还</td></tr><tr><td>35,000.00</td><td>1,927.79</td></tr></table>' +
        '<table><tr><td>0712</td><td>0713</td></tr></table>',
    );
    expect(obs).toEqual([expect.objectContaining({ totalLimit: 35000, usedAmount: 1927.79 })]);
  });
});

describe('card tiles', () => {
  const tile = (tail: string, amount: string, tag = '') =>
    `<a class="tile" href="/card/${tail}"><div class="top"><span>南航明珠信用卡</span><span>尾号${tail}</span>${tag}</div>` +
    `<div class="amt"><b>${amount}</b><br>可用额度(元)</div><div class="sub">信用额度 20,000.00</div></a>`;
  it('names tiles by the tail in their header line, reads a figure then its bare label, and a status tag inside the link', () => {
    const obs = read(tile('3366', '8,000.00') + tile('7788', '0.00', '<span class="tag">已冻结</span>'));
    expect(obs).toEqual([
      expect.objectContaining({ product: '尾号3366', availableLimit: 8000, totalLimit: 20000, status: 'unknown' }),
      expect.objectContaining({ product: '尾号7788', availableLimit: 0, status: 'frozen' }),
    ]);
  });
  it('still takes a status in a text link for a help page’s', () => {
    const [o] = read('<p>可用额度：8,000.00</p><a href="/help/frozen">额度冻结</a>');
    expect(o).toMatchObject({ availableLimit: 8000, status: 'unknown' });
  });
});

describe('notes, markers and sentences around labels', () => {
  it('reads a Vant cell whose title has a note under it, and the daily rate past a note giving the annual one', () => {
    const cell = (title: string, note: string, value: string) =>
      `<div class="van-cell"><div class="van-cell__title"><span>${title}</span><div class="van-cell__label">${note}</div></div>` +
      `<div class="van-cell__value"><span>${value}</span></div></div>`;
    const [o] = read(cell('总额度(元)', '额度有效期至2028-04-30', '60,000.00') + cell('日利率', '年化利率14.6%（单利）', '0.04%'));
    expect(o).toMatchObject({ totalLimit: 60000, dailyRate: 0.0004, apr: 0.146 });
  });
  it('reads a label holding a tooltip marker', () => {
    expect(read('<div><span>可借额度(元)<span class="tip">?</span></span><span>26,800.00</span></div>')[0]).toMatchObject({
      availableLimit: 26800,
    });
  });
  it('reads a rate told to the person in a sentence, not one in an explanation', () => {
    expect(read('<p>您的借款日利率为0.035%</p><p>可用额度：8,000</p>')[0]).toMatchObject({ dailyRate: 0.00035 });
    expect(read('<p>可用额度：8,000</p><p>利息按日计算，若日利率为0.02%，借1万元1天利息2元</p>')[0]?.dailyRate).toBeUndefined();
  });
  it('reads past an explainer box asking a question beside the figures', () => {
    const [o] = read(
      '<div><p>您的日利率为0.035%</p><p>可用额度：8,000</p><div class="explain"><b>利息怎么算？</b><p>利息仅需2元</p></div></div>',
    );
    expect(o).toMatchObject({ dailyRate: 0.00035 });
  });
  it('takes no figure over its bare label on a page inviting to apply', () => {
    expect(
      read('<a class="t" href="/a"><div><span>白金卡</span></div><div><b>50,000</b><br>信用额度</div><span>立即申请</span></a>'),
    ).toEqual([]);
  });
});

describe('tables drawn without <table>, and summaries with several header rows', () => {
  it('reads a table of ul rows, one line per row', () => {
    const ul = (...cells: string[]) => `<ul>${cells.map((c) => `<li>${c}</li>`).join('')}</ul>`;
    const obs = read(
      `<div>${ul('授信品种', '授信额度(元)', '可用额度(元)', '额度状态')}${ul('个人消费贷款', '50,000.00', '12,000.00', '正常')}` +
        `${ul('个人经营贷款', '200,000.00', '0.00', '冻结')}</div>`,
    );
    expect(obs).toEqual([
      expect.objectContaining({ product: '个人消费贷款', totalLimit: 50000, availableLimit: 12000, status: 'normal' }),
      expect.objectContaining({ product: '个人经营贷款', totalLimit: 200000, availableLimit: 0, status: 'frozen' }),
    ]);
  });
  it('takes rows of different lengths, or a header of no amount label, for no table', () => {
    const doc = (body: string) => readPage(parse(body));
    const page = doc(
      '<div><p><span>信用额度</span><span>可用额度</span></p><p><span>1</span></p></div><ul><li><a>首页</a><a>还款</a></li><li><a>2</a><a>3</a></li></ul>',
    );
    expect(divTables(page, new Set(page.els))).toEqual([]);
  });
  it('reads labels written 中文/English', () => {
    expect(read('<table><tr><td>信用额度/Credit Limit</td><td>RMB 30,000.00</td></tr></table>')[0]).toMatchObject({ totalLimit: 30000 });
  });
  it('reads a summary table whose label rows and figure rows alternate as one account', () => {
    const obs = read(
      '<table><tr><td>信用额度</td><td>取现额度</td></tr><tr><td>42,000.00</td><td>21,000.00</td></tr>' +
        '<tr><td>本期应还款额</td><td>最低还款额</td></tr><tr><td>6,388.15</td><td>638.82</td></tr></table>',
    );
    expect(obs).toEqual([expect.objectContaining({ totalLimit: 42000, usedAmount: 6388.15 })]);
  });
  it('reads a plain-text mail in a <pre> line by line', () => {
    const [o] = read(
      '<pre>账单日        2026/11/18\n信用额度      Credit Limit     RMB 18,000.00   USD 2,500.00\n本期应还款额  New Balance      RMB 2,460.30    USD 0.00\n</pre>',
    );
    expect(o).toMatchObject({ totalLimit: 18000, usedAmount: 2460.3 });
  });
});

describe('old layouts and loan lists', () => {
  it('reads past a cell holding only the colon, and a value followed by a note in brackets', () => {
    const [o] = read(
      '<table><tr><td>信用额度</td><td>：</td><td>35,000.00（含临时额度5,000.00，有效期至2027-01-31）</td></tr>' +
        '<tr><td>可用额度</td><td>：</td><td>27,650.40</td></tr></table>',
    );
    expect(o).toMatchObject({ totalLimit: 35000, availableLimit: 27650.4 });
  });
  it('takes a table of drawdowns naming no line for no list of accounts', () => {
    const obs = read(
      '<p>授信额度：1,000,000.00</p><table><tr><th>借据编号</th><th>剩余本金(元)</th></tr>' +
        '<tr><td>WYD01</td><td>200,000.00</td></tr><tr><td>WYD02</td><td>145,000.00</td></tr></table>',
    );
    expect(obs).toEqual([expect.objectContaining({ totalLimit: 1000000 })]);
    expect(obs[0]!.usedAmount).toBeUndefined();
  });
});

describe('a table’s unit given once', () => {
  it('scales a table’s figures by 单位：万元 in its caption', () => {
    const obs = read(
      '<table><caption>单位：万元</caption><tr><th>贷款产品</th><th>授信额度</th><th>可用额度</th></tr>' +
        '<tr><td>中银E贷</td><td>30.00</td><td>21.50</td></tr><tr><td>经营贷</td><td>100.00</td><td>100.00</td></tr></table>',
    );
    expect(obs).toEqual([
      expect.objectContaining({ product: '中银E贷', totalLimit: 300000, availableLimit: 215000 }),
      expect.objectContaining({ product: '经营贷', totalLimit: 1000000 }),
    ]);
  });
});

describe('product rows', () => {
  const row = (name: string, desc: string) =>
    `<div class="row"><img src="x.png" alt=""><div class="info"><div class="name">${name}</div><div class="desc">${desc}</div></div><i></i></div>`;
  it('names rows by a line’s own name beside a logo and an arrow, each with its own status', () => {
    const obs = read(row('乐花卡', '可用额度 3,600.00') + row('好分期', '可借额度 12,000.00 · 暂不可借'));
    expect(obs).toEqual([
      expect.objectContaining({ product: '乐花卡', availableLimit: 3600, status: 'unknown' }),
      expect.objectContaining({ product: '好分期', availableLimit: 12000, status: 'limited' }),
    ]);
  });
  it('names a card box by its tail, not by the card’s name', () => {
    const box = (tail: string) =>
      `<div class="c"><div class="t"><span>白金卡</span><span>尾号${tail}</span></div><p>信用额度：10,000.00</p></div>`;
    expect(read(box('1111') + box('2222')).map((o) => o.product)).toEqual(['尾号1111', '尾号2222']);
  });
});

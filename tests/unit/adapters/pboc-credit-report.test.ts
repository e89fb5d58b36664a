// The credit report reader on small texts shaped like the real report: 简版 sentences of both
// generations and their variants, written the ways pages and PDF text print them; 详版 accounts
// spread over consecutive tables; query records; ids stable across report shapes; the report's time.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pbocCreditReport } from '../../../utils/adapters/pboc-credit-report';
import { readReport } from '../../../utils/report/read';
import { querierName } from '../../../utils/report/inquiries';

const URL_ = new URL('https://ipcrs.pbccrc.org.cn/reportAction.do?method=queryReport');
const page = (body: string) =>
  pbocCreditReport.extract(parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document, URL_);
/** Text as a PDF gives it: one line per printed line. */
const text = (t: string) => readReport(t.split('\n').map((l) => [l]));
const li = (...sentences: string[]) => `<ol class="p olstyle">${sentences.map((s) => `<li>${s}</li>`).join('')}</ol>`;
const one = (sentence: string) => {
  const { observations } = page(li(sentence));
  expect(observations).toHaveLength(1);
  const { accountId: _id, at: _at, ...rest } = observations[0]!;
  return rest;
};

describe('简版 sentences', () => {
  it.each([
    [
      '2007年6月13日招商银行发放的贷记卡（人民币账户）。截至2018年2月，信用额度22,000，已使用额度16,650。',
      { lender: '招商银行', product: '贷记卡', kind: 'credit-card', totalLimit: 22000, usedAmount: 16650, status: 'normal' },
    ],
    [
      '2019年04月02日中信银行发放的贷记卡（人民币账户，卡片尾号：3318）。截至2026年02月，信用额度36,000，已使用额度35,120，当前有逾期，逾期金额1,860。',
      {
        lender: '中信银行',
        product: '贷记卡',
        kind: 'credit-card',
        totalLimit: 36000,
        usedAmount: 35120,
        status: 'limited',
        statusText: '当前有逾期',
      },
    ],
    [
      '2007年6月13日招商银行发放的贷记卡（人民币账户）。截至2018年2月，信用额度22,000，已使用额度16,650，逾期金额2,300。最近5年内有3个月处于逾期状态，其中1个月逾期超过90天。',
      { totalLimit: 22000, usedAmount: 16650, status: 'limited', statusText: '逾期' },
    ],
    [
      '2012年8月22日平安银行信用卡中心发放的贷记卡（人民币账户）。截至2018年2月，已变成呆账，余额5,130。',
      { usedAmount: 5130, status: 'limited', statusText: '呆账' },
    ],
    [
      '2009年3月2日中国银行发放的准贷记卡（人民币账户）。截至2018年2月，信用额度1,000，透支余额300。',
      { product: '准贷记卡', kind: 'credit-card', totalLimit: 1000, usedAmount: 300, status: 'normal' },
    ],
    [
      '2015年7月28日花旗（中国）有限公司发放的贷记卡（人民币账户）。截至2015年10月，信用额度20,000，尚未激活。',
      { lender: '花旗(中国)有限公司', totalLimit: 20000, status: 'unknown', statusText: '尚未激活' },
    ],
    ['2007年9月6日中国工商银行嘉兴市分行发放的贷记卡（人民币账户），截至2015年4月已销户。', { status: 'closed', statusText: '销户' }],
    ['2011年5月18日某银行发放的贷记卡（人民币账户），截至2016年6月已转出。', { status: 'closed', statusText: '转出' }],
    [
      '2015年05月12日中国光大银行股份有限公司信用卡中心发放的贷记卡（人民币账户，卡片尾号：7710），2024年07月销户。',
      { status: 'closed', statusText: '销户' },
    ],
    [
      '2016年3月5日中国建设银行湖南省分行发放的5,098元（人民币）个人消费贷款，2019年3月5日到期。截至2018年2月，余额4,203。',
      { lender: '中国建设银行湖南省分行', product: '个人消费贷款', kind: 'installment-loan', usedAmount: 4203, status: 'normal' },
    ],
    [
      '2013年5月18日中国建设银行发放的520,000元（人民币）个人住房贷款，2033年5月18日到期。截至2018年2月，余额401,356。',
      { product: '个人住房贷款', kind: 'installment-loan', usedAmount: 401356 },
    ],
    [
      '2023年02月03日中国工商银行股份有限公司南京分行发放的300,000元（人民币）个人经营性贷款，2026年02月03日到期。2025年02月已结清。',
      { kind: 'installment-loan', status: 'closed', statusText: '已结清' },
    ],
    [
      '2023年06月18日重庆蚂蚁消费金融有限公司为其他个人消费贷款授信，额度有效期至2027年05月01日，可循环使用。截至2026年03月，信用额度50,000元(人民币)，余额为12,800，当前无逾期。',
      {
        lender: '重庆蚂蚁消费金融有限公司',
        product: '其他个人消费贷款',
        kind: 'credit-line',
        totalLimit: 50000,
        usedAmount: 12800,
        status: 'normal',
      },
    ],
  ])('%s', (sentence, expected) => {
    expect(one(sentence)).toMatchObject(expected);
  });

  it('reads the same sentence with half-width punctuation, 元 suffixes, no leading zeros, and spaces or line breaks anywhere', () => {
    const canonical = one(
      '2021年09月30日招商银行发放的贷记卡（人民币账户，卡片尾号：6049）。截至2026年03月，信用额度2,000，已使用额度500。',
    );
    for (const variant of [
      '2021年9月30日招商银行发放的贷记卡(人民币账户,卡片尾号:6049)。截至2026年3月,信用额度2,000元,已使用额度500元。',
      '2021 年 09 月 30 日 招商 银行 发放的 贷记卡（人民币账户，卡片尾号：6049）。 截至 2026 年 03 月，信用额度 2,000，已使用额度 500 。',
      '2021年09月30日招商银行发放的贷记卡（人民币账户，卡片尾号：6049）。截至2026年03月，信用额度２，０００元(人民币)，已使用额度５００。',
    ]) {
      expect(one(variant)).toEqual(canonical);
    }
    // A PDF's text layer: the sentence broken over lines, even inside a name or a number.
    const pdf = text(
      '1. 2021年09月30日招商\n银行发放的贷记卡（人民币账户，卡片尾号：6049）。截至2026年03月，信用额度2,\n000，已使用额度\n500。',
    );
    const { accountId: _id, ...rest } = pdf.observations[0]!;
    expect(rest).toEqual(canonical);
  });

  it('reads a sentence that a PDF page break cut, with the page footer and the next page’s header in between', () => {
    const { observations } = text(
      '1. 2021年09月30日招商银行发放的贷记卡（人民币账户）。截至2026年03月，信用额度\n第 1 页，共 4 页\n个人信用报告\n报告编号：2026031500001122334455\n2,000，已使用额度500。',
    );
    expect(observations.map((o) => [o.totalLimit, o.usedAmount])).toEqual([[2000, 500]]);
  });

  it('drops the foreign-currency twin of a dual-currency card, keeps a foreign account with no twin only where its amounts are in yuan (折合人民币)', () => {
    const { observations } = page(
      li(
        '2010年10月25日招商银行发放的贷记卡（美元账户）。截至2016年8月,信用额度折合人民币25,000，已使用额度0。',
        '2010年10月25日招商银行发放的贷记卡（人民币账户）。截至2016年8月，信用额度25,000，已使用额度2,750。',
        '2011年12月30日中国农业银行发放的贷记卡（美元账户）。截至2016年8月,信用额度折合人民币8,292，已使用额度0。',
        '2019年1月2日某银行发放的10,000元（美元）个人消费贷款，2022年1月2日到期。截至2020年8月，余额5,000。',
      ),
    );
    expect(observations.map((o) => [o.lender, o.totalLimit, o.usedAmount])).toEqual([
      ['招商银行', 25000, 2750],
      ['中国农业银行', 8292, 0],
    ]);
  });

  it('gives no accounts for a person with no credit, and nothing for sentences that are not accounts', () => {
    expect(page('<p>系统中没有您的信用卡、贷款和其他信贷记录。</p>').observations).toEqual([]);
    expect(page('<p>2027年5月1日到期。额度有效期至2027年05月01日，可循环使用。</p><p>发放的贷款</p>').observations).toEqual([]);
  });

  it('never lets a sentence borrow values from the next section', () => {
    const { observations } = page(
      li('2016年3月5日某银行发放的贷记卡（人民币账户）。') +
        '<p>发生过逾期的账户明细如下：</p><table><tr><td>余额</td><td>9,999</td></tr></table>',
    );
    expect(observations).toEqual([]);
    expect(text('2016年3月5日某银行发放的贷记卡（人民币账户）。\n说明：余额9,999').unread).toHaveLength(1);
  });
});

describe('account identity', () => {
  const idOf = (html: string) => page(html).observations.map((o) => o.accountId);
  const detailed = (lender: string, status = '正常') =>
    `<p>账户1（授信协议标识：--）</p><table><tr><td>发卡机构</td><td>账户标识</td><td>开立日期</td><td>账户授信额度</td><td>币种</td><td>业务种类</td></tr>
     <tr><td>${lender}</td><td>X1</td><td>2018.03.15</td><td>50,000</td><td>人民币元</td><td>贷记卡</td></tr></table>
     <table><tr><td>截至2026年10月31日</td></tr></table><table><tr><td>账户状态</td><td>余额</td><td>已用额度</td></tr><tr><td>${status}</td><td>10</td><td>10</td></tr></table>`;

  it('is the same for one card in a first-generation 简版, a second-generation 简版 and a 详版', () => {
    const gen1 = idOf(li('2018年3月15日招商银行发放的贷记卡（人民币账户）。截至2026年10月，信用额度50,000，已使用额度10。'));
    const gen2 = idOf(
      li(
        '2018年03月15日招商银行股份有限公司信用卡中心发放的贷记卡（人民币账户，卡片尾号：3321）。截至2026年10月，信用额度50,000，已使用额度10。',
      ),
    );
    const full = idOf(detailed('招商银行股份有限公司信用卡中心'));
    expect(gen1).toEqual(['pboc:招商银行/credit-card/20180315']);
    expect(gen2).toEqual(gen1);
    expect(full).toEqual(gen1);
  });

  it('does not depend on amounts, status or the order of accounts', () => {
    const a = '2018年3月15日招商银行发放的贷记卡（人民币账户）。截至2026年10月，信用额度50,000，已使用额度10。';
    const b = '2020年1月2日中国银行发放的贷记卡（人民币账户）。截至2026年10月，信用额度8,000，已使用额度0。';
    const first = idOf(li(a, b));
    expect(idOf(li(b.replace('8,000', '1'), a.replace('已使用额度10', '已使用额度0')))).toEqual([first[1], first[0]]);
  });

  it('tells same-day cards of one bank apart by their tails where printed, else by #n, within 80 characters', () => {
    const card = (tail: string) =>
      `2018年03月15日招商银行发放的贷记卡（人民币账户${tail ? `，卡片尾号：${tail}` : ''}）。截至2026年10月，信用额度5,000，已使用额度0。`;
    expect(idOf(li(card('3321'), card('9001')))).toEqual([
      'pboc:招商银行/credit-card/20180315/3321',
      'pboc:招商银行/credit-card/20180315/9001',
    ]);
    expect(idOf(li(card(''), card('')))).toEqual(['pboc:招商银行/credit-card/20180315', 'pboc:招商银行/credit-card/20180315#2']);
    const long = '某'.repeat(55);
    const ids = idOf(
      li(...[1, 2, 3].map(() => `2018年3月15日${long}发放的贷记卡（人民币账户）。截至2026年10月，信用额度5,000，已使用额度0。`)),
    );
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id!.length).toBeLessThanOrEqual(80);
  });
});

describe('详版 accounts', () => {
  const labels = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const group = (n: number, rows: string[][][]) =>
    `<p>账户${n}（授信协议标识：C1013${n}）</p>` + rows.map((t) => `<table>${t.map(labels).join('')}</table>`).join('');

  it('reads the tables under one 账户N heading as one account, however the tables are cut', () => {
    const base = [
      ['管理机构', '开立日期', '账户授信额度', '币种', '业务种类'],
      ['某消费金融有限公司', '2021.03.15', '30,000', '人民币元', '其他个人消费贷款'],
    ];
    const status = [
      ['账户状态', '余额'],
      ['正常', '5,200'],
    ];
    const split = page('<h3>（一）循环贷账户一</h3>' + group(1, [base, [['截至2026年10月31日']], status]));
    const together = page('<h3>（一）循环贷账户一</h3>' + group(1, [[...base, ['截至2026年10月31日'], ...status]]));
    expect(split.observations).toEqual([
      {
        accountId: 'pboc:某消费金融/credit-line/20210315',
        lender: '某消费金融有限公司',
        product: '其他个人消费贷款',
        kind: 'credit-line',
        totalLimit: 30000,
        usedAmount: 5200,
        status: 'normal',
        statusText: '正常',
        at: '2026-10-30T16:00:00.000Z',
      },
    ]);
    expect(together.observations).toEqual(split.observations);
  });

  it('ends the last account where the next section begins: 相关还款责任信息 tables are no account’s', () => {
    const closed = group(1, [
      [
        ['发卡机构', '开立日期', '账户授信额度', '币种', '业务种类'],
        ['某银行', '2016.07.02', '20,000', '人民币元', '贷记卡'],
      ],
      [
        ['账户状态', '销户日期'],
        ['销户', '2025.05.09'],
      ],
    ]);
    const guarantee =
      '<h3>（三）相关还款责任信息</h3><table><tr><td>管理机构</td><td>业务种类</td><td>余额</td></tr><tr><td>某小贷公司</td><td>个人经营性贷款</td><td>90,000</td></tr></table>';
    const { observations } = page(closed + guarantee);
    expect(observations.map((o) => [o.status, o.usedAmount])).toEqual([['closed', undefined]]);
    expect(page('<p>账户 2 授信协议标识：--</p>' + closed.replace(/<p>账户1[^<]*<\/p>/, '')).observations).toHaveLength(1);
  });

  it('leaves out a 详版 foreign-currency account (its amounts are in that currency)', () => {
    const usd = group(1, [
      [
        ['发卡机构', '开立日期', '账户授信额度', '币种', '业务种类'],
        ['某银行', '2016.07.02', '3,000', '美元', '贷记卡'],
      ],
      [
        ['账户状态', '已用额度'],
        ['正常', '10'],
      ],
    ]);
    expect(page(usd).observations).toEqual([]);
  });

  it('reads accounts and query records laid out with boxes instead of tables', () => {
    const row = (cells: string[]) => `<div class="row">${cells.map((c) => `<div class="cell">${c}</div>`).join('')}</div>`;
    const html =
      '<div class="acct-title">账户1（授信协议标识：--）</div>' +
      row(['发卡机构', '开立日期', '账户授信额度', '币种', '业务种类']) +
      row(['某银行股份有限公司信用卡中心', '2019.05.13', '10,000', '人民币元', '贷记卡']) +
      row(['账户状态', '已用额度']) +
      row(['正常', '2,500']) +
      '<div class="sub-title">机构查询记录明细</div>' +
      row(['编号', '查询日期', '查询机构', '查询原因']) +
      row(['1', '2025年05月13日', '某消费金融有限公司', '贷款审批']);
    const out = page(html);
    expect(out.observations.map((o) => [o.accountId, o.totalLimit, o.usedAmount, o.status])).toEqual([
      ['pboc:某银行/credit-card/20190513', 10000, 2500, 'normal'],
    ]);
    expect(out.events).toEqual([{ at: '2025-05-12T16:00:00.000Z', kind: 'inquiry', lender: '某消费金融有限公司', reason: '贷款审批' }]);
    // Every box on a line of its own: the labels, then their values.
    const stacked =
      '<p>账户1（授信协议标识：--）</p>' +
      ['发卡机构', '开立日期', '账户授信额度', '某银行', '2019.05.13', '10,000', '账户状态', '正常'].map((c) => `<p>${c}</p>`).join('');
    expect(page(stacked).observations.map((o) => [o.accountId, o.totalLimit, o.status])).toEqual([
      ['pboc:某银行/other/20190513', 10000, 'normal'],
    ]);
  });

  it('keeps a loan’s 借款金额 out of the limit, closes an account with a 销户日期, and skips a group without a lender', () => {
    const loan = group(1, [
      [
        ['管理机构', '开立日期', '借款金额', '币种', '业务种类'],
        ['某银行', '2012.06.18', '800,000', '人民币元', '个人住房商业贷款'],
      ],
      [
        ['账户状态', '余额'],
        ['正常', '312,450'],
      ],
    ]);
    const closed = group(2, [
      [
        ['发卡机构', '开立日期', '账户授信额度', '币种', '业务种类'],
        ['某银行', '2016.07.02', '20,000', '人民币元', '贷记卡'],
      ],
      [
        ['账户状态', '销户日期'],
        ['销户', '2025.05.09'],
      ],
    ]);
    const broken = group(3, [
      [
        ['账户状态', '余额'],
        ['正常', '1'],
      ],
    ]);
    const { observations } = page('<h3>（二）非循环贷账户</h3>' + loan + '<h3>（三）贷记卡账户</h3>' + closed + broken);
    expect(observations.map((o) => [o.kind, o.totalLimit, o.usedAmount, o.status])).toEqual([
      ['installment-loan', undefined, 312450, 'normal'],
      ['credit-card', 20000, undefined, 'closed'],
    ]);
  });
});

describe('query records', () => {
  it('drops the operator code after the slash: one bank under several codes is one lender', () => {
    expect(querierName('招商银行/*MBUS*R003')).toBe('招商银行');
    expect(querierName('招商银行 / CMBUSER001')).toBe('招商银行');
    expect(querierName('花旗（中国）有限公司/jy98738')).toBe('花旗(中国)有限公司');
    expect(querierName('马上消费金融股份有限公司')).toBe('马上消费金融股份有限公司');
  });

  it('reads rows from PDF text lines, dates with or without leading zeros, at China midnight', () => {
    const { events } = text(
      '机构查询记录明细\n编号 查询日期 查询操作员 查询原因\n1 2018年3月6日 招商银行/*MBUS*R003 信用卡审批\n2 2025年05月13日 某消费金融有限公司 贷款审批\n个人查询记录明细\n编号 查询日期 查询操作员 查询原因\n1 2018年3月5日 本人 互联网个人信用信息服务平台',
    );
    expect(events).toEqual([
      { at: '2018-03-05T16:00:00.000Z', kind: 'inquiry', lender: '招商银行', reason: '信用卡审批' },
      { at: '2025-05-12T16:00:00.000Z', kind: 'inquiry', lender: '某消费金融有限公司', reason: '贷款审批' },
      { at: '2018-03-04T16:00:00.000Z', kind: 'inquiry', lender: '本人', reason: '本人查询(互联网个人信用信息服务平台)' },
    ]);
  });

  it('keeps two same-day queries by one institution as two inquiries, the same on every read', () => {
    const t = '编号 查询日期 查询机构 查询原因\n1 2026年11月02日 某银行 贷款审批\n2 2026年11月02日 某银行 贷款审批';
    expect(text(t).events.map((e) => e.at)).toEqual(['2026-11-01T16:00:00.000Z', '2026-11-01T16:00:00.001Z']);
  });

  it('skips rows without a real date and summary tables', () => {
    expect(text('编号 查询日期 查询机构 查询原因\n1 2026年02月30日 某银行 贷款审批\n暂无查询记录').events).toEqual([]);
    expect(
      page('<table><tr><th>最近1个月内的查询机构数</th><th>最近2年内的查询次数</th></tr><tr><td>2</td><td>3</td></tr></table>'),
    ).toEqual({ observations: [], events: [] });
  });
});

describe('the report’s time', () => {
  const card = li('2018年3月15日某银行发放的贷记卡（人民币账户）。截至2026年2月，信用额度5,000，已使用额度0。');
  it.each([
    ['报告时间：2026.03.06 10:11:13', '2026-03-06T02:11:13.000Z'],
    ['报告时间：2026年03月15日 10:23:45', '2026-03-15T02:23:45.000Z'],
    ['报告时间：2026-11-03 09:15:02', '2026-11-03T01:15:02.000Z'],
    ['查询时间：2026.03.06 08:00:00', '2026-03-06T00:00:00.000Z'],
    // No time printed: the latest 截至 month's last day, China time.
    ['', '2026-02-27T16:00:00.000Z'],
  ])('%s → %s', (header, at) => {
    expect(page(`<p>${header}</p>${card}`).observations[0]?.at).toBe(at);
  });
});

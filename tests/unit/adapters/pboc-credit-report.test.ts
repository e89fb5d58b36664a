// The credit report adapter on small report tables: status mapping, stable and distinct account ids,
// header texts padded with NBSP / full-width spaces, reordered and extra columns, inquiry dates.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pbocCreditReport } from '../../../utils/adapters/pboc-credit-report';

const URL_ = new URL('https://ipcrs.pbccrc.org.cn/reportAction.do?method=queryReport');
const read = (body: string) => pbocCreditReport.extract(parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document, URL_);

const row = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
const table = (header: string[], rows: string[][], { th = true, title = '' } = {}) =>
  `${title ? `<h3>${title}</h3>` : ''}<table>${row(header, th ? 'th' : 'td')}${rows.map((r) => row(r)).join('')}</table>`;

const CARD_HEADER = ['编号', '发卡机构', '账户类型', '账户编号', '开立日期', '授信额度', '已用额度', '账户状态'];
const card = (status: string, over: Partial<Record<'lender' | 'number' | 'opened' | 'limit' | 'used', string>> = {}) => [
  '1',
  over.lender ?? '招商银行股份有限公司信用卡中心',
  '贷记卡',
  over.number ?? '****3321',
  over.opened ?? '2018.03.15',
  over.limit ?? '50,000',
  over.used ?? '12,345.67',
  status,
];

describe('pboc-credit-report: accounts', () => {
  it.each([
    ['正常', 'normal'],
    ['结清', 'closed'],
    ['销户', 'closed'],
    ['冻结', 'frozen'],
    ['止付', 'frozen'],
    ['逾期', 'limited'],
    ['呆账', 'limited'],
    ['未激活', 'unknown'],
  ])('账户状态 %s → %s, with the phrase kept', (text, status) => {
    const [o] = read(table(CARD_HEADER, [card(text)])).observations;
    expect(o).toMatchObject({ status, statusText: text });
  });

  it('gives two cards at one bank different ids, and the same ids on every read', () => {
    const html = table(CARD_HEADER, [card('正常'), card('正常', { number: '****9001', opened: '2020.01.02', limit: '8,000' })]);
    const first = read(html).observations.map((o) => o.accountId);
    expect(first).toEqual(['pboc:招商银行股份有限公司信用卡中心/贷记卡/20180315/3321', 'pboc:招商银行股份有限公司信用卡中心/贷记卡/20200102/9001']);
    expect(read(html).observations.map((o) => o.accountId)).toEqual(first);
    // Ids do not depend on the amounts (they change) nor on the row's position.
    const moved = table(CARD_HEADER, [card('正常', { number: '****9001', opened: '2020.01.02', limit: '1' }), card('冻结', { used: '0' })]);
    expect(read(moved).observations.map((o) => o.accountId)).toEqual([first[1]!, first[0]!]);
  });

  it('keeps accounts the report does not tell apart as distinct ids, within 80 characters', () => {
    const long = '某'.repeat(120);
    const same = card('正常', { lender: long, number: '--', opened: '' });
    const ids = read(table(CARD_HEADER, [same, same, same])).observations.map((o) => o.accountId);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) {
      expect(id).toMatch(/^pboc:/);
      expect(id?.length).toBeLessThanOrEqual(80);
    }
  });

  it('reads headers padded with NBSP and full-width spaces, in <td>, in any order, with extra columns', () => {
    const header = ['账户\u00a0状态', '余额（元）', '备注', '借款金额（元）', '业务种类', '账户类型', '开立日期', '管理\u3000机构', '五级分类'];
    const rows = [['正常', '5,200.50\u00a0', '-', '３０，０００', '其他个人消费贷款', '循环贷账户', '2021.04.20', '\u3000重庆蚂蚁消费金融有限公司\u00a0', '正常']];
    const [o] = read(table(header, rows, { th: false })).observations;
    expect(o).toEqual({
      accountId: 'pboc:重庆蚂蚁消费金融有限公司/其他个人消费贷款/20210420',
      lender: '重庆蚂蚁消费金融有限公司',
      product: '其他个人消费贷款',
      kind: 'credit-line',
      totalLimit: 30000,
      usedAmount: 5200.5,
      status: 'normal',
      statusText: '正常',
    });
    // The same account printed with plain spaces has the same id.
    const plain = read(table(['账户状态', '余额', '借款金额', '业务种类', '账户类型', '开立日期', '管理机构'], [['正常', '0', '30000', '其他个人消费贷款', '循环贷账户', '2021-04-20', '重庆 蚂蚁消费金融有限公司']]));
    expect(plain.observations[0]?.accountId).toBe(o?.accountId);
  });

  it.each([
    ['贷记卡', '', 'credit-card'],
    ['准贷记卡', '', 'credit-card'],
    ['循环贷账户', '其他个人消费贷款', 'credit-line'],
    ['循环额度下分账户', '个人经营性贷款', 'credit-line'],
    ['非循环贷账户', '个人住房商业贷款', 'installment-loan'],
    ['', '个人汽车消费贷款', 'installment-loan'],
  ])('账户类型 %s / 业务种类 %s → %s', (type, business, kind) => {
    const header = ['管理机构', '账户类型', '业务种类', '开立日期', '借款金额', '余额', '账户状态'];
    const [o] = read(table(header, [['某银行', type, business, '2020.01.01', '1000', '10', '正常']])).observations;
    expect(o?.kind).toBe(kind);
  });

  it('takes the kind from the section title when the table prints no type', () => {
    const header = ['机构', '开立日期', '授信额度', '已用额度', '账户状态'];
    expect(read(table(header, [['某银行', '2020.01.01', '1000', '10', '正常']], { title: '信用卡' })).observations[0]?.kind).toBe('credit-card');
    expect(read(table(header, [['某银行', '2020.01.01', '1000', '10', '正常']], { title: '其他' })).observations[0]?.kind).toBe('other');
  });

  it('records nothing for foreign-currency accounts, total rows, repeated headers and empty rows', () => {
    const header = [...CARD_HEADER, '币种'];
    const rows = [
      [...card('正常'), '美元'],
      [...card('正常', { lender: '合计' }), '人民币'],
      header,
      ['暂无记录'],
      [...card('', { limit: '--', used: '--' }), '人民币'], // no status, no amount: nothing seen
    ];
    expect(read(table(header, rows)).observations).toEqual([]);
  });

  it('treats masked and missing amounts as not shown, never 0', () => {
    const [o] = read(table(CARD_HEADER, [card('正常', { limit: '****', used: '--' })])).observations;
    expect(o).not.toHaveProperty('totalLimit');
    expect(o).not.toHaveProperty('usedAmount');
    expect(o?.status).toBe('normal');
  });

  it('ignores hidden copies of a table and advertising boxes; a table nested in a layout cell is read once', () => {
    const t = table(CARD_HEADER, [card('正常')]);
    const ad = table(CARD_HEADER, [card('正常', { lender: '星河借款' })]);
    const out = read(`<div style="display:none">${t}</div><div class="ad-box">${ad}</div><aside>${ad}</aside><table><tr><td>${t}</td></tr></table>`);
    expect(out.observations.map((o) => o.lender)).toEqual(['招商银行股份有限公司信用卡中心']);
  });

  it('keeps at most 50 accounts, open ones first (the capture message allows no more)', () => {
    const rows = Array.from({ length: 60 }, (_, i) => card(i < 20 ? '销户' : '正常', { number: `****${1000 + i}` }));
    const { observations } = read(table(CARD_HEADER, rows));
    expect(observations).toHaveLength(50);
    expect(observations.filter((o) => o.status === 'normal')).toHaveLength(40);
  });
});

describe('pboc-credit-report: query records', () => {
  const HEADER = ['编号', '查询日期', '查询机构', '查询原因'];

  it('turns each row into an inquiry at the date’s midnight in China time', () => {
    const rows = [
      ['1', '2026.11.02', '星辰消费金融股份有限公司', '贷款审批'],
      ['2', '2026-01-01', '某银行', '信用卡审批'],
      ['3', '2026年3月1日', '某银行', '贷后管理'],
      ['4', '２０２６．０９．１２', '某担保公司', '担保资格审查'],
    ];
    expect(read(table(HEADER, rows)).events).toEqual([
      { at: '2026-11-01T16:00:00.000Z', kind: 'inquiry', lender: '星辰消费金融股份有限公司', reason: '贷款审批' },
      { at: '2025-12-31T16:00:00.000Z', kind: 'inquiry', lender: '某银行', reason: '信用卡审批' },
      { at: '2026-02-28T16:00:00.000Z', kind: 'inquiry', lender: '某银行', reason: '贷后管理' },
      { at: '2026-09-11T16:00:00.000Z', kind: 'inquiry', lender: '某担保公司', reason: '担保资格审查' },
    ]);
  });

  it('keeps two same-day queries by one institution as two inquiries, the same on every read', () => {
    const rows = [
      ['1', '2026.11.02', '某银行', '贷款审批'],
      ['2', '2026.11.02', '某银行', '贷款审批'],
      ['3', '2026.11.02', '某银行', '信用卡审批'],
    ];
    const first = read(table(HEADER, rows)).events.map((e) => e.at);
    expect(first).toEqual(['2026-11-01T16:00:00.000Z', '2026-11-01T16:00:00.001Z', '2026-11-01T16:00:00.000Z']);
    expect(read(table(HEADER, rows)).events.map((e) => e.at)).toEqual(first);
  });

  it('keeps the newest 500 queries (the capture message allows no more)', () => {
    const rows = Array.from({ length: 520 }, (_, i) => [String(i + 1), new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), '某银行', '贷款审批']);
    const { events } = read(table(HEADER, rows));
    expect(events).toHaveLength(500);
    expect(events.some((e) => e.at === '2024-12-31T16:00:00.000Z')).toBe(false); // the oldest went
  });

  it('skips rows without a real date', () => {
    const rows = [['1', '2026.02.30', '某银行', '贷款审批'], ['2', '--', '某银行', '贷款审批'], ['暂无查询记录']];
    expect(read(table(HEADER, rows)).events).toEqual([]);
  });

  it('reads reordered columns and a header in the first <td> row', () => {
    const out = read(table(['查询原因', '查询机构', '备注', '查询日期'], [['贷款审批', '某银行', '', '2026.05.06']], { th: false }));
    expect(out.events).toEqual([{ at: '2026-05-05T16:00:00.000Z', kind: 'inquiry', lender: '某银行', reason: '贷款审批' }]);
  });

  it('marks the person’s own queries as 本人查询, also where the table prints only the channel', () => {
    const own = table(['编号', '查询日期', '查询机构', '查询原因'], [['1', '2026.11.23', '本人', '本人查询（互联网个人信用信息服务平台）'], ['2', '2026.11.20', '本人', '互联网个人信用信息服务平台']], { title: '个人查询记录明细' });
    const noReason = table(['编号', '查询日期', '查询机构'], [['1', '2026.11.21', '互联网个人信用信息服务平台']], { title: '本人查询记录明细' });
    expect(read(own + noReason).events.map((e) => e.reason)).toEqual(['本人查询(互联网个人信用信息服务平台)', '本人查询(互联网个人信用信息服务平台)', '本人查询']);
  });
});

describe('pboc-credit-report: pages that are not a report', () => {
  it('reads nothing from prose, summary tables or an empty page', () => {
    expect(read('<p>查询日期 查询机构 查询原因 贷款审批 2026.11.02</p>')).toEqual({ observations: [], events: [] });
    expect(read(table(['', '信用卡', '购房贷款', '其他贷款'], [['账户数', '2', '1', '1']]))).toEqual({ observations: [], events: [] });
    expect(read('')).toEqual({ observations: [], events: [] });
  });
});

// The 详版 (detailed) report, second generation: each account under a heading
// `账户1（授信协议标识：…）` is split over two or three consecutive tables — a row of labels, then a
// row of values: 发卡机构/管理机构 · 账户标识 · 开立日期 · 账户授信额度 · 币种 · 业务种类 …; then
// `截至2026年10月31日` and 账户状态 · 余额 · 已用额度 …; a closed one shows 账户状态 · 销户日期. All the lines
// from one heading to the next are one account, however the tables are cut (PDF pages too).
import { kindOf, statusOf, type ReportAccount } from './account';
import type { ReportLine } from './lines';
import { amountOf, realDate, tight, ymd } from './text';

const HEADING = /^账户\s*\d{1,3}(?![\d.,])/;
// The labels of the 详版 account tables (units in brackets dropped before matching).
const LABELS = new Set([
  '发卡机构',
  '管理机构',
  '业务管理机构',
  '账户标识',
  '开立日期',
  '到期日期',
  '账户授信额度',
  '授信额度',
  '信用额度',
  '借款金额',
  '共享授信额度',
  '币种',
  '账户币种',
  '业务种类',
  '担保方式',
  '还款期数',
  '还款频率',
  '还款方式',
  '共同借款标志',
  '账户状态',
  '余额',
  '已用额度',
  '未出单的大额专项分期余额',
  '剩余分期期数',
  '最近6个月平均使用额度',
  '最大使用额度',
  '账单日',
  '本月应还款',
  '本月实还款',
  '最近一次还款日期',
  '当前逾期期数',
  '当前逾期总额',
  '销户日期',
  '关闭日期',
  '账户关闭日期',
  '五级分类',
  '剩余还款期数',
  '账户类型',
  '透支余额',
  '最近6个月平均透支余额',
  '最大透支余额',
  '逾期31-60天未还本金',
  '逾期61-90天未还本金',
  '逾期91-180天未还本金',
  '逾期180天以上未还本金',
  '透支180天以上未付余额',
  '结清日期',
  '转出月份',
  '应还款日',
]);
// Titles of the sections the accounts are listed under (贷记卡账户 · 非循环贷账户 · 循环额度下分账户 · 循环贷账户).
const SECTION_TITLE = /^(?:[(（]?[一二三四五六七八九十\d]+[)）.、]?)?\s*(准贷记卡|贷记卡|非循环贷|循环额度下分|循环贷)账户/;
// Sections after the accounts: their tables (相关还款责任 has 余额 too) belong to no account.
const END = /查询记录|公共信息|非信贷交易|本人声明|异议标注|相关还款责任|授信协议信息|住房公积金|欠税|民事判决|强制执行|行政处罚/;

const label = (cell: string) => tight(cell).replace(/\([^)]*\)$/, '');
const isLabelLine = (line: ReportLine) => line.filter((c) => LABELS.has(label(c))).length >= Math.max(2, Math.ceil(line.length / 2));

/** The label → value pairs of one account's lines. */
function fields(lines: ReportLine[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cells each on a line of their own (a layout of boxes): k labels, then their k values.
    let k = 0;
    while (lines[i + k]?.length === 1 && LABELS.has(label(lines[i + k]![0]!))) k++;
    const valueLines = lines.slice(i + k, i + 2 * k);
    // All k values, or it is no such layout (the lines may end before them).
    if (k >= 1 && valueLines.length === k && valueLines.every((l) => l.length === 1 && !LABELS.has(label(l[0]!)))) {
      for (let j = 0; j < k; j++) {
        const key = label(lines[i + j]![0]!);
        if (!out.has(key)) out.set(key, lines[i + k + j]![0]!);
      }
      i += 2 * k - 1;
      continue;
    }
    if (isLabelLine(line)) {
      const values = lines[i + 1];
      if (values && !isLabelLine(values) && values.length === line.length) {
        line.forEach((c, j) => {
          const key = label(c);
          if (LABELS.has(key) && !out.has(key)) out.set(key, values[j] ?? '');
        });
        i++;
        continue;
      }
    }
    // Label and value side by side in one row: 账户状态 | 正常 | 余额 | 12,800.
    for (let j = 0; j + 1 < line.length; j++) {
      const key = label(line[j]!);
      if (LABELS.has(key) && !LABELS.has(label(line[j + 1]!)) && !out.has(key)) out.set(key, line[j + 1]!);
    }
    // Or `截至2026年10月31日` on a line of its own.
    const asOf = /截[至止]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/.exec(line.join(''));
    if (asOf && !out.has('截至')) out.set('截至', asOf[1]!);
  }
  return out;
}

function account(f: Map<string, string>, section: string): ReportAccount | undefined {
  const lender = tight(f.get('发卡机构') ?? f.get('管理机构') ?? f.get('业务管理机构') ?? '');
  if (!lender || lender === '--') return undefined;
  const product = tight(f.get('业务种类') ?? f.get('账户类型') ?? section);
  const kind = kindOf(`${f.get('账户类型') ?? ''} ${section}`) ?? kindOf(product) ?? 'other';
  const currency = tight(f.get('币种') ?? f.get('账户币种') ?? '人民币');
  const said = statusOf(tight(f.get('账户状态') ?? ''));
  const closedOn = ymd(f.get('销户日期') ?? f.get('关闭日期') ?? f.get('账户关闭日期') ?? f.get('结清日期') ?? '');
  const state =
    closedOn && said?.status !== 'closed' ? { status: 'closed' as const, statusText: '销户' } : (said ?? { status: 'unknown' as const });
  const totalLimit = amountOf(f.get('账户授信额度') ?? f.get('授信额度') ?? f.get('信用额度'));
  const usedAmount = amountOf(f.get('已用额度')) ?? amountOf(f.get('透支余额')) ?? amountOf(f.get('余额'));
  if (state.status === 'unknown' && totalLimit === undefined && usedAmount === undefined) return undefined;
  const opened = ymd(f.get('开立日期') ?? '');
  const asOf = ymd(f.get('截至') ?? '');
  return {
    lender,
    product,
    kind,
    ...(opened && { opened }),
    foreign: !/人民币|CNY|RMB/i.test(currency),
    ...(totalLimit !== undefined && { totalLimit }),
    ...(usedAmount !== undefined && { usedAmount }),
    ...state,
    ...(asOf && realDate(...asOf) && { asOf }),
  };
}

export interface DetailedRead {
  accounts: ReportAccount[];
  unread: string[];
}

/** Every `账户N` group of the lines. */
export function readDetailed(lines: ReportLine[]): DetailedRead {
  const accounts: ReportAccount[] = [];
  const unread: string[] = [];
  let section = '';
  let group: { heading: string; lines: ReportLine[] } | undefined;
  const close = () => {
    if (!group) return;
    const a = account(fields(group.lines), section);
    if (a) accounts.push(a);
    else unread.push(group.heading.slice(0, 120));
    group = undefined;
  };
  for (const line of lines) {
    const text = tight(line.join(' '));
    const title = line.length === 1 ? SECTION_TITLE.exec(text) : null;
    if (title || (END.test(text) && line.length === 1)) {
      close();
      if (title) section = title[1]!;
      continue;
    }
    if (line.filter(Boolean).length <= 2 && HEADING.test(tight(line[0] ?? ''))) {
      close();
      group = { heading: text, lines: [] };
      continue;
    }
    group?.lines.push(line);
  }
  close();
  return { accounts, unread };
}

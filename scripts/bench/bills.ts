// Bill-export parsing time: a 50,000-row Alipay export (about 20 % credit rows: 花呗/借呗 repayments
// and borrowing, 花呗-paid purchases, credit-card repayments) built in memory, in GBK as Alipay ships
// it, read by parseBill (decode, CSV, classification, dedupe); median of 5 after a warm-up.
// `node --import tsx scripts/bench/bills.ts` runs it alone.
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { parseBill } from '../../utils/bills/parse';
import { median } from './capture';

const HEADER = '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,';
const PREAMBLE = [
  '-'.repeat(84),
  '导出信息：',
  '姓名：张三',
  '起始时间：[2025-01-01 00:00:00]    终止时间：[2026-11-22 23:59:59]',
  '导出时间：[2026-11-23 10:12:45]',
  '-'.repeat(24) + '支付宝（中国）网络技术有限公司  电子客户回单' + '-'.repeat(24),
  HEADER,
];
const CREDIT = [
  ['信用借还', '花呗', '/', '花呗主动还款-账单', '不计收支', '余额宝', '还款成功'],
  ['信用借还', '借呗', '/', '借呗借款-放款至余额', '不计收支', '/', '交易成功'],
  ['信用借还', '借呗', '/', '借呗还款', '不计收支', '余额', '还款成功'],
  ['餐饮美食', '某某餐厅', 'res***@163.com', '晚餐', '支出', '花呗', '交易成功'],
  ['信用借还', '招商银行', '/', '信用卡还款-招商银行(5678)', '不计收支', '余额宝', '还款成功'],
];
const OTHER = [
  ['日用百货', '某某超市', 'sup***@alitest.com', '日用品', '支出', '余额', '交易成功'],
  ['交通出行', '某某出行', 'taxi***@example.com', '打车', '支出', '招商银行储蓄卡(1234)', '交易成功'],
  ['服饰装扮', '某某旗舰店', 'shop***@tmall.com', '外套', '支出', '余额宝', '交易关闭'],
  ['转账红包', '李四', 'li***@example.com', '转账', '收入', '', '交易成功'],
];

export function syntheticAlipayBill(rows: number): string {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const lines = [...PREAMBLE];
  const start = Date.UTC(2026, 10, 22);
  for (let i = 0; i < rows; i++) {
    const kind = rand() < 0.2 ? CREDIT : OTHER;
    const [category, party, account, item, io, method, status] = kind[Math.floor(rand() * kind.length)]!;
    const time = new Date(start - i * 1_111_000).toISOString().replace('T', ' ').slice(0, 19);
    const amount = (1 + Math.floor(rand() * 500_000) / 100).toFixed(2);
    lines.push(
      [time, category, party, account, item, io, amount, method, status, `2026${String(i).padStart(18, '0')}\t`, '\t', '', ''].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

function time(bytes: Uint8Array, runs: number): number {
  parseBill(bytes); // warm-up: JIT, decoders
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    parseBill(bytes);
    ms.push(performance.now() - t0);
  }
  return Math.round(median(ms) * 10) / 10;
}

export function billFigures(): [string, number, string][] {
  const text = syntheticAlipayBill(50_000);
  return [
    ['bill-parse-50k', time(iconv.encode(text, 'gb18030'), 5), 'ms'],
    ['bill-parse-50k-utf8', time(new TextEncoder().encode(text), 5), 'ms'],
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, value, unit] of billFigures()) process.stdout.write(`${name}: ${value} ${unit}\n`);
}

// Small bills built in tests: the current Alipay header and rows from a few named cells.
import { parseBillText } from '../../../utils/bills/parse';
import type { BillParse, BillResult } from '../../../utils/bills/types';

export const ALIPAY_HEADER = '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,';

export interface AlipayRow {
  time?: string;
  category?: string;
  counterparty?: string;
  item?: string;
  io?: string;
  amount?: string;
  method?: string;
  status?: string;
  order?: string;
}

export const alipayRow = (r: AlipayRow) =>
  [
    r.time ?? '2026-11-01 12:00:00',
    r.category ?? '信用借还',
    r.counterparty ?? '花呗',
    '/',
    r.item ?? '花呗主动还款',
    r.io ?? '不计收支',
    r.amount ?? '100.00',
    r.method ?? '余额',
    r.status ?? '交易成功',
    `${r.order ?? ''}\t`,
    '\t',
    '',
    '',
  ].join(',');

export const alipayText = (...rows: AlipayRow[]) => ['导出信息：', ALIPAY_HEADER, ...rows.map(alipayRow)].join('\n') + '\n';

export function ok(result: BillResult): BillParse {
  if (!result.ok) throw new Error(`expected a bill, got ${result.code}`);
  return result;
}

export const alipay = (...rows: AlipayRow[]) => ok(parseBillText(alipayText(...rows)));

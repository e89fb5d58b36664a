import type { BillFormatSpec } from './types';

// 支付宝 账单 (CSV, GBK). The current export: a preamble (导出信息, 特别提示 …) ending in a "----…电子客户
// 回单----" line, then 交易时间, 交易分类, 交易对方, 对方账号, 商品说明, 收/支, 金额, 收/付款方式, 交易状态,
// 交易订单号, 商家订单号, 备注. The older web export (交易记录明细查询) has other names in another order
// (交易号 first, 交易创建时间, 类型, 商品名称, 金额（元）…), pads cells with spaces and ends with "----"
// and summary lines. Columns are found by name, so both read the same.
export const alipay: BillFormatSpec = {
  id: 'alipay',
  headerSets: [
    ['交易时间', '交易对方', '商品说明', '金额'],
    ['交易号', '交易创建时间', '商品名称', '金额(元)'],
  ],
  columns: {
    time: ['交易时间', '付款时间', '交易创建时间'],
    category: ['交易分类'],
    type: ['类型'],
    counterparty: ['交易对方'],
    item: ['商品说明', '商品名称'],
    direction: ['收/支'],
    amount: ['金额', '金额(元)'],
    method: ['收/付款方式'],
    status: ['交易状态'],
    order: ['交易订单号', '交易号'],
  },
  creditCategories: ['信用借还'],
  // Paying with 花呗 is borrowing from 花呗, as 白条 is on JD (see jd.ts).
};

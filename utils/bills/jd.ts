import type { BillFormatSpec } from './types';

// 京东 账单 (CSV, UTF-8): a short preamble, then 交易时间, 商户名称, 交易说明, 金额, 收/付款方式, 交易状态,
// 收/支, 交易分类, 交易订单号, 商家订单号, 备注. 白条/金条 borrowing and repaying are named in 交易说明
// (金条借款, 白条还款 …). A refund shows in the amount: 99.00(已全额退款), 131.77(已退款89.84).
export const jd: BillFormatSpec = {
  id: 'jd',
  headerSets: [['交易时间', '商户名称', '交易说明', '金额']],
  columns: {
    time: ['交易时间'],
    category: ['交易分类'],
    counterparty: ['商户名称'],
    item: ['交易说明'],
    direction: ['收/支'],
    amount: ['金额'],
    method: ['收/付款方式'],
    status: ['交易状态'],
    order: ['交易订单号'],
  },
  creditCategories: [],
};

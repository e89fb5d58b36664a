import type { BillFormatSpec } from './types';

// 微信支付 账单 (CSV, UTF-8): about 16 preamble lines from "微信支付账单明细" (nickname, period, totals,
// notes, a "----微信支付账单明细列表----" line), then 交易时间, 交易类型, 交易对方, 商品, 收/支, 金额(元),
// 支付方式, 当前状态, 交易单号, 商户单号, 备注. 微粒贷 and 分付 borrowing/repaying show in 交易类型/商品;
// 信用卡还款 names the bank as 交易对方. A part refund shows in 当前状态 as 已退款(￥20.00).
export const wechat: BillFormatSpec = {
  id: 'wechat',
  headerSets: [['交易时间', '交易类型', '商品', '金额(元)']],
  columns: {
    time: ['交易时间'],
    type: ['交易类型'],
    counterparty: ['交易对方'],
    item: ['商品'],
    direction: ['收/支'],
    amount: ['金额(元)', '金额'],
    method: ['支付方式'],
    status: ['当前状态', '交易状态'],
    order: ['交易单号'],
  },
  creditCategories: [],
  // A purchase paid with 分付 is borrowing from 分付 (as 白条 on JD, see jd.ts).
};

// The credit products bill rows name, on the same stable account ids as the page adapters use
// (alipay-huabei, jd-baitiao, jd-jintiao), so imported events land on the accounts already tracked.
import type { Account } from '../model/types';

export const BILL_ACCOUNTS = [
  { id: 'alipay-huabei', lender: '支付宝', product: '花呗', kind: 'pay-later' },
  { id: 'alipay-jiebei', lender: '支付宝', product: '借呗', kind: 'credit-line' },
  { id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' },
  { id: 'jd-jintiao', lender: '京东', product: '金条', kind: 'credit-line' },
  { id: 'webank-weilidai', lender: '微众银行', product: '微粒贷', kind: 'credit-line' },
  { id: 'wechat-fenfu', lender: '微信', product: '分付', kind: 'pay-later' },
] as const satisfies readonly Account[];

export type BillAccountId = (typeof BILL_ACCOUNTS)[number]['id'];

const BY_ID = new Map<string, Account>(BILL_ACCOUNTS.map((a) => [a.id, a]));

export const billAccount = (id: string): Account | undefined => BY_ID.get(id);

// One pattern for all products, so a row's text is searched once; 分付 but not the 分付 inside 部分付款.
const PRODUCT_WORDS: Readonly<Record<string, BillAccountId>> = {
  花呗: 'alipay-huabei',
  借呗: 'alipay-jiebei',
  白条: 'jd-baitiao',
  金条: 'jd-jintiao',
  微粒贷: 'webank-weilidai',
  分付: 'wechat-fenfu',
};
const PRODUCT = /花呗|借呗|白条|金条|微粒贷|(?<!部)分付/;

/** The product a row's text names first (`借呗还款` → alipay-jiebei), if any. */
export function findProduct(text: string): BillAccountId | undefined {
  const m = PRODUCT.exec(text);
  return m ? PRODUCT_WORDS[m[0]] : undefined;
}

// Banks that issue most credit cards, full names before the short ones they contain.
const BANKS = [
  '中国工商银行',
  '中国农业银行',
  '中国建设银行',
  '中国邮政储蓄银行',
  '中国光大银行',
  '中国民生银行',
  '上海浦东发展银行',
  '中国银行',
  '工商银行',
  '农业银行',
  '建设银行',
  '交通银行',
  '招商银行',
  '浦发银行',
  '中信银行',
  '光大银行',
  '民生银行',
  '兴业银行',
  '华夏银行',
  '广发银行',
  '平安银行',
  '邮储银行',
  '北京银行',
  '上海银行',
  '宁波银行',
  '江苏银行',
  '浙商银行',
  '渤海银行',
  '恒丰银行',
  '杭州银行',
  '南京银行',
];
const BANK = new RegExp([...BANKS].sort((a, b) => b.length - a.length).join('|'));
/** A counterparty that is itself a bank's name (招商银行信用卡 → 招商银行; 广州农商银行). */
const BANK_NAME = /^([\u4e00-\u9fff]{2,10}银行)(?:信用卡(?:中心)?)?$/;

/** The bank of a credit-card repayment: the counterparty when it is a bank, else a known bank named in the text. */
export function findBank(counterparty: string, text: string): string | undefined {
  return BANK_NAME.exec(counterparty)?.[1] ?? BANK.exec(text)?.[0];
}

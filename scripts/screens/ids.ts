// The accounts the set's truths name (utils/products.ts ids), and blocks many screens share.
import type { Block } from './blocks';

export const JIEBEI = { lender: '支付宝', product: '借呗', accountId: 'alipay-jiebei', kind: 'credit-line' };
export const HUABEI = { lender: '支付宝', product: '花呗', accountId: 'alipay-huabei', kind: 'pay-later' };
export const WLD = { lender: '微众银行', product: '微粒贷', accountId: 'webank-weilidai', kind: 'credit-line' };
export const MTJQ = { lender: '美团', product: '美团借钱', accountId: 'meituan-jieqian', kind: 'credit-line' };
export const MTYF = { lender: '美团', product: '美团月付', accountId: 'meituan-yuefu', kind: 'pay-later' };
export const JT = { lender: '京东', product: '金条', accountId: 'jd-jintiao', kind: 'credit-line' };
export const BT = { lender: '京东', product: '白条', accountId: 'jd-baitiao', kind: 'pay-later' };
export const YQH = { lender: '度小满', product: '有钱花', accountId: 'duxiaoman-youqianhua', kind: 'credit-line' };
export const J360 = { lender: '360数科', product: '360借条', accountId: '360-jietiao', kind: 'credit-line' };
export const HQD = { lender: '招联金融', product: '好期贷', accountId: 'zhaolian-haoqidai', kind: 'credit-line' };
export const AYH = { lender: '马上消费金融', product: '安逸花', accountId: 'mashang-anyihua', kind: 'credit-line' };
export const FQL = { lender: '乐信', product: '分期乐', accountId: 'lexin-fenqile', kind: 'credit-line' };
export const card = (lender: string, key: string, tail: string) => ({
  lender,
  product: `信用卡 尾号${tail}`,
  accountId: `${key}-credit-card:${tail}`,
  kind: 'credit-card',
});

export const TABS: Block = { t: 'tabs', items: ['首页', '理财', '生活', '消息', '我的'] };
export const INVITE = (n: string): Block => ({ t: 'ad', lines: [`邀请好友得${n}元`, '好友成功借款后奖励到账'] });

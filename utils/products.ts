// One table of the lending products and card issuers the extension knows by name, with the stable
// account ids their history lives under. The page adapters take their ids from here, and the
// screenshot reader finds the same ids from a screen's title or an Android file name's package, so a
// 白条 screenshot lands on the account the 白条 web page writes (`jd-baitiao`).
import type { AccountKind } from './model/types';

export interface Product {
  accountId: string;
  lender: string;
  product: string;
  kind: AccountKind;
  /** How screens and pages name it, most specific first; matched as substrings of a short text. */
  names: readonly string[];
}

export const PRODUCTS = {
  huabei: { accountId: 'alipay-huabei', lender: '支付宝', product: '花呗', kind: 'pay-later', names: ['蚂蚁花呗', '花呗'] },
  jiebei: { accountId: 'alipay-jiebei', lender: '支付宝', product: '借呗', kind: 'credit-line', names: ['蚂蚁借呗', '借呗'] },
  baitiao: { accountId: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later', names: ['京东白条', '白条'] },
  jintiao: { accountId: 'jd-jintiao', lender: '京东', product: '金条', kind: 'credit-line', names: ['京东金条', '金条'] },
  weilidai: { accountId: 'webank-weilidai', lender: '微众银行', product: '微粒贷', kind: 'credit-line', names: ['微粒贷'] },
  fenfu: { accountId: 'wechat-fenfu', lender: '微信', product: '分付', kind: 'pay-later', names: ['微信分付', '分付'] },
  meituanLoan: {
    accountId: 'meituan-jieqian',
    lender: '美团',
    product: '美团借钱',
    kind: 'credit-line',
    names: ['美团借钱', '美团生活费'],
  },
  meituanPay: { accountId: 'meituan-yuefu', lender: '美团', product: '美团月付', kind: 'pay-later', names: ['美团月付'] },
  youqianhua: {
    accountId: 'duxiaoman-youqianhua',
    lender: '度小满',
    product: '有钱花',
    kind: 'credit-line',
    names: ['有钱花', '度小满金融', '度小满'],
  },
  jietiao360: { accountId: '360-jietiao', lender: '360数科', product: '360借条', kind: 'credit-line', names: ['360借条'] },
  haoqidai: {
    accountId: 'zhaolian-haoqidai',
    lender: '招联金融',
    product: '好期贷',
    kind: 'credit-line',
    names: ['招联好期贷', '好期贷', '招联金融'],
  },
  anyihua: { accountId: 'mashang-anyihua', lender: '马上消费金融', product: '安逸花', kind: 'credit-line', names: ['安逸花'] },
  fenqile: { accountId: 'lexin-fenqile', lender: '乐信', product: '分期乐', kind: 'credit-line', names: ['分期乐'] },
} as const satisfies Record<string, Product>;

export type ProductKey = keyof typeof PRODUCTS;
const ALL: readonly Product[] = Object.values(PRODUCTS);

/** The product whose name a text contains, the longest name winning (京东金条 over 金条). */
export function productNamed(text: string): Product | undefined {
  let best: { p: Product; len: number } | undefined;
  for (const p of ALL) {
    for (const n of p.names) if (n.length > (best?.len ?? 0) && text.includes(n)) best = { p, len: n.length };
  }
  return best?.p;
}

export const productById = (id: string): Product | undefined => ALL.find((p) => p.accountId === id);

export interface Bank {
  /** The key of its cards' account ids: `cmb-credit-card:1234`. */
  key: string;
  lender: string;
  /** The bank's names and its card apps' names, as screens show them. */
  names: readonly string[];
}

// cmbc's key is the cmbc-credit-card page adapter's id, so a 民生 card read from a screenshot meets
// the card that adapter reads on the web (`cmbc-credit-card:5678`).
export const BANKS: readonly Bank[] = [
  { key: 'cmb', lender: '招商银行', names: ['招商银行', '招行', '掌上生活', 'China Merchants Bank', 'CMB'] },
  {
    key: 'icbc',
    lender: '工商银行',
    names: ['中国工商银行', '工商银行', '工银', '牡丹信用卡', 'Industrial and Commercial Bank of China', 'ICBC'],
  },
  { key: 'ccb', lender: '建设银行', names: ['中国建设银行', '建设银行', '建行', '龙卡', 'China Construction Bank', 'CCB'] },
  { key: 'boc', lender: '中国银行', names: ['中国银行', '缤纷生活', 'Bank of China', 'BOC'] },
  { key: 'abc', lender: '农业银行', names: ['中国农业银行', '农业银行', '农行', 'Agricultural Bank of China'] },
  { key: 'bocom', lender: '交通银行', names: ['交通银行', '买单吧', 'Bank of Communications', 'BOCOM'] },
  { key: 'cmbc', lender: '民生银行', names: ['中国民生银行', '民生银行', '全民生活', 'China Minsheng Bank'] },
  { key: 'citic', lender: '中信银行', names: ['中信银行', '动卡空间', 'China CITIC Bank', 'CITIC Bank'] },
  { key: 'spdb', lender: '浦发银行', names: ['上海浦东发展银行', '浦发银行', 'Shanghai Pudong Development Bank', 'SPD Bank'] },
  { key: 'ceb', lender: '光大银行', names: ['中国光大银行', '光大银行', '阳光惠生活', 'China Everbright Bank'] },
  { key: 'cib', lender: '兴业银行', names: ['兴业银行', 'Industrial Bank'] },
  { key: 'cgb', lender: '广发银行', names: ['广发银行', '发现精彩', 'China Guangfa Bank'] },
  { key: 'pingan', lender: '平安银行', names: ['平安银行', 'Ping An Bank'] },
  { key: 'hxb', lender: '华夏银行', names: ['华夏银行', 'Hua Xia Bank'] },
  { key: 'psbc', lender: '邮储银行', names: ['中国邮政储蓄银行', '邮储银行', 'Postal Savings Bank of China', 'PSBC'] },
];

/** A bank's English name in a text, any case, as whole words ("BANK OF CHINA", not "bocx"). */
const latinIn = (text: string, name: string) => new RegExp(`(?<![A-Za-z])${name.replace(/ /g, '\\s+')}(?![A-Za-z])`, 'i').test(text);

/** The bank a text names, the longest name winning (中国银行 never inside 中国建设银行, Bank of China never
 *  inside Agricultural Bank of China: the longer name wins). English names match in any case. */
export function bankNamed(text: string): Bank | undefined {
  let best: { b: Bank; len: number } | undefined;
  for (const b of BANKS) {
    for (const n of b.names) {
      const hit = /^[A-Za-z]/.test(n) ? latinIn(text, n) : text.includes(n);
      if (n.length > (best?.len ?? 0) && hit) best = { b, len: n.length };
    }
  }
  return best?.b;
}

/** The id of one credit card: its bank and the last four digits (nothing more of the number is kept). */
export const cardAccountId = (bank: Pick<Bank, 'key'>, tail: string): string => `${bank.key}-credit-card:${tail}`;

/** What an Android package (from a screenshot's file name) tells: the app's maker, and the product when it has one. */
export interface AppPackage {
  lender?: string;
  product?: ProductKey;
  bank?: string;
}

export const PACKAGES: Readonly<Record<string, AppPackage>> = {
  'com.eg.android.AlipayGphone': { lender: '支付宝' }, // 花呗 and 借呗 both live here
  'com.tencent.mm': {}, // WeChat: 微粒贷 and 分付, and every chat
  'com.jd.jrapp': { lender: '京东' }, // 京东金融: 白条 and 金条
  'com.jingdong.app.mall': { lender: '京东' },
  'com.sankuai.meituan': { lender: '美团' }, // 美团借钱 and 美团月付
  'com.baidu.umoney': { product: 'youqianhua' }, // 度小满金融
  'cmb.pb': { bank: 'cmb' },
  'com.cmbchina.ccd.pluto.cmbActivity': { bank: 'cmb' }, // 掌上生活
  'com.icbc': { bank: 'icbc' },
  'com.chinamworld.main': { bank: 'ccb' },
  'com.chinamworld.bocmbci': { bank: 'boc' },
  'com.android.bankabc': { bank: 'abc' },
};

export const bankByKey = (key: string): Bank | undefined => BANKS.find((b) => b.key === key);

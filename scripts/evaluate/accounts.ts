// The lines a simulated borrower can hold, and how a lender reads the person when it re-scores.
// Names, kinds and typical limits are those of the lenders the extension knows (vocabulary.md).
import type { AccountKind } from '../../utils/model/types';

export interface LineDef {
  id: string;
  lender: string;
  product: string;
  kind: AccountKind;
  /** Typical limit range in yuan. */
  limit: [number, number];
  /** Banks re-score slowly and act on stronger signals than online lenders (see `lenderReacts`). */
  bank: boolean;
  /** Annual rate for cash lines. */
  apr?: [number, number];
  /** The page shows the 提额 entry. */
  increase?: boolean;
  /** The page shows the used amount (pay-later pages often show only total and available). */
  showsUsed: boolean;
  source: 'page' | 'manual';
}

export const CARDS: LineDef[] = [
  {
    id: 'manual:招商银行/信用卡',
    lender: '招商银行',
    product: '信用卡',
    kind: 'credit-card',
    limit: [10000, 50000],
    bank: true,
    showsUsed: true,
    source: 'manual',
  },
  {
    id: 'manual:建设银行/龙卡信用卡',
    lender: '建设银行',
    product: '龙卡信用卡',
    kind: 'credit-card',
    limit: [8000, 40000],
    bank: true,
    showsUsed: true,
    source: 'manual',
  },
  {
    id: 'manual:工商银行/信用卡',
    lender: '工商银行',
    product: '信用卡',
    kind: 'credit-card',
    limit: [10000, 30000],
    bank: true,
    showsUsed: true,
    source: 'manual',
  },
  {
    id: 'manual:民生银行/信用卡',
    lender: '民生银行',
    product: '信用卡',
    kind: 'credit-card',
    limit: [6000, 30000],
    bank: true,
    showsUsed: false,
    source: 'page',
  },
];

export const PAY_LATER: LineDef[] = [
  {
    id: 'alipay-huabei',
    lender: '支付宝',
    product: '花呗',
    kind: 'pay-later',
    limit: [5000, 30000],
    bank: false,
    increase: true,
    showsUsed: false,
    source: 'page',
  },
  {
    id: 'jd-baitiao',
    lender: '京东',
    product: '白条',
    kind: 'pay-later',
    limit: [5000, 30000],
    bank: false,
    increase: true,
    showsUsed: false,
    source: 'page',
  },
];

export const CASH: LineDef[] = [
  {
    id: 'jiebei',
    lender: '支付宝',
    product: '借呗',
    kind: 'credit-line',
    limit: [10000, 60000],
    bank: false,
    apr: [0.07, 0.18],
    increase: true,
    showsUsed: true,
    source: 'manual',
  },
  {
    id: 'jd-jintiao',
    lender: '京东',
    product: '金条',
    kind: 'credit-line',
    limit: [10000, 50000],
    bank: false,
    apr: [0.08, 0.2],
    increase: true,
    showsUsed: true,
    source: 'page',
  },
  {
    id: 'manual:微众银行/微粒贷',
    lender: '微众银行',
    product: '微粒贷',
    kind: 'credit-line',
    limit: [10000, 50000],
    bank: false,
    apr: [0.1, 0.18],
    showsUsed: true,
    source: 'manual',
  },
  {
    id: 'manual:度小满/有钱花',
    lender: '度小满',
    product: '有钱花',
    kind: 'credit-line',
    limit: [8000, 40000],
    bank: false,
    apr: [0.1, 0.24],
    showsUsed: true,
    source: 'manual',
  },
  {
    id: 'manual:360数科/360借条',
    lender: '360数科',
    product: '360借条',
    kind: 'credit-line',
    limit: [5000, 30000],
    bank: false,
    apr: [0.12, 0.24],
    showsUsed: true,
    source: 'manual',
  },
  {
    id: 'manual:美团/美团借钱',
    lender: '美团',
    product: '美团借钱',
    kind: 'credit-line',
    limit: [5000, 30000],
    bank: false,
    apr: [0.12, 0.24],
    showsUsed: true,
    source: 'manual',
  },
  {
    id: 'manual:招联金融/好期贷',
    lender: '招联金融',
    product: '好期贷',
    kind: 'credit-line',
    limit: [5000, 40000],
    bank: false,
    apr: [0.1, 0.24],
    showsUsed: true,
    source: 'manual',
  },
];

/** Lenders' names as a credit report prints them for hard inquiries (with the operator code). */
export const REPORT_NAME: Record<string, string> = {
  招商银行: '招商银行股份有限公司/CMB001',
  建设银行: '中国建设银行股份有限公司',
  工商银行: '中国工商银行股份有限公司',
  民生银行: '中国民生银行股份有限公司/MS01',
  支付宝: '重庆蚂蚁消费金融有限公司',
  京东: '京东 消费金融',
  微众银行: '深圳前海微众银行股份有限公司',
  度小满: '重庆度小满小额贷款有限公司',
  '360数科': '福州三六零网络小额贷款有限公司',
  美团: '重庆美团三快小额贷款有限公司',
  招联金融: '招联消费金融有限公司',
};

/** Lenders a stressed person turns to for new lines, beyond the ones above. */
export const OTHER_LENDERS = ['某消费金融公司', '某小额贷款公司', '某网络小贷', '某信托公司', '平安银行', '中信银行', '浦发银行'];

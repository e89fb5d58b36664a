// Which printed label names which field: the words lending pages, bank pages, e-statements and app
// screens use. One wording per line; a new one is one more line (tests/unit/lexicon/ checks each
// entry is read in a cell, after a colon, glued to its digits and behind a product's name).
// Order matters inside a list: an earlier label wins when a page shows two for one field
// (已用额度 is the used amount; 本期应还 or 未出账单 only stand in for it).
// Not here on purpose: 现金额度 / 取现额度 / 预借现金额度 (the cash part of a card, not its total),
// 临时额度 (a temporary extra), 最高额度 (a product's advertised ceiling).

export type AmountField = 'totalLimit' | 'availableLimit' | 'usedAmount';
export type RateField = 'dailyRate' | 'apr';
/** `status` and `product` label table columns: the row's state and its card or product name.
 *  `signedBalance` is one figure for both ways a card's balance can go (溢缴款/欠款): a debt shown
 *  negative is the used amount, an overpayment shown positive is no debt. */
export type Field = AmountField | RateField | 'status' | 'product' | 'signedBalance';

export const LABELS: Record<Field, readonly string[]> = {
  totalLimit: [
    '总额度',
    '信用额度',
    '授信额度',
    '固定额度',
    '借款额度',
    '最高可借额度',
    '最高可借',
    '总信用额度',
    '卡片额度',
    '卡片消费额度',
    '整体额度',
    '账户额度',
    '授信总额',
    '授信总额度',
    '信用总额度',
    '循环额度',
    '消费额度',
    '月付额度',
    '额度总额',
    '总授信额度',
    // A 提额 page's "当前额度(元)" over the line it would raise (当前可借 stays the available part).
    '当前额度',
    '当前信用额度',
    'credit limit',
    'total credit limit',
    'credit line',
    'total limit',
    'card limit',
  ],
  availableLimit: [
    '可用额度',
    '剩余额度',
    '可借额度',
    '当前可借',
    '可提款金额',
    '当前可提款金额',
    '剩余可用额度',
    '当前最高可借',
    '当前可用额度',
    '可用信用额度',
    '剩余可借额度',
    '剩余可借',
    '可用总额度',
    '可消费额度',
    '整体可用额度',
    '可借',
    '可用',
    'available credit',
    'available limit',
    'available credit limit',
    'available to spend',
  ],
  usedAmount: [
    '已用额度',
    '待还金额',
    '剩余应还',
    '借据余额',
    '本期应还金额',
    '本期应还',
    '本期应还款',
    '本期待还',
    '本期应还款额',
    '本期应还款金额',
    '本期应还款总额',
    '本期全部应还款额',
    '已出账单金额',
    '未出账单',
    '未出账单金额',
    '已使用额度',
    '已用金额',
    '欠款金额',
    '欠款',
    '贷款余额',
    '当前欠款',
    '待还本金',
    // An installment loan's principal still owed.
    '剩余本金',
    '未还本金',
    '应还总额',
    '未还金额',
    '本期欠款',
    '当前余额',
    '账户账单金额',
    '本期账单金额',
    '待还',
    // App screens: what is borrowed and not yet repaid (微粒贷 已借).
    '已借金额',
    '已借',
    // A summary line's wording: 总额度30,000.00元，已使用12,000.00元.
    '已使用',
    '已用',
    'current balance',
    'outstanding balance',
    'amount owed',
    'new balance',
    'statement balance',
  ],
  dailyRate: ['日利率', '日息', '日费用', '日费率', '日利息', '借款日利率', 'daily rate', 'daily interest rate'],
  apr: [
    '年化利率',
    '近似折算年化利率',
    '参考年化利率',
    '年利率',
    '年化费率',
    '年化综合成本',
    // A bank loan's rate as contracted (执行年利率 3.45%): annual unless it says otherwise.
    '执行年利率',
    '执行利率',
    'apr',
    'annual percentage rate',
    'purchase apr',
  ],
  // Not the used amount by itself: its sign says which (Found.add).
  signedBalance: ['溢缴款/欠款', '欠款/溢缴款', '溢缴/欠款'],
  status: ['状态', '账户状态', '额度状态', '卡片状态', '借款状态', 'status', 'account status', 'card status'],
  product: [
    '卡号',
    '卡片',
    '卡种',
    '卡片名称',
    '卡片类型',
    '产品',
    '产品名称',
    '账户名称',
    '借款产品',
    '贷款产品',
    // A bank's list of its lines: 授信品种 | 授信额度 | 可用额度 ….
    '授信品种',
    '贷款品种',
    '贷款种类',
    '业务品种',
    'card',
    'card number',
    'card name',
    'product',
    'account',
  ],
};

/** Words a page puts before a label that change nothing (人民币可用额度, 您的信用额度). */
export const LABEL_LEADS: readonly string[] = ['人民币', '本币', '我的', '您的', '你的', '当前', 'your '];

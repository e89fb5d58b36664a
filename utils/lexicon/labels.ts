// Which printed label names which field: the words lending pages, bank pages, e-statements and app
// screens use. One wording per line; a new one is one more line (tests/unit/lexicon/ checks each
// entry is read in a cell, after a colon, glued to its digits and behind a product's name).
// Order matters inside a list: an earlier label wins when a page shows two for one field
// (已用额度 is the used amount; 本期应还 or 未出账单 only stand in for it).
// Not here on purpose: 现金额度 / 取现额度 / 预借现金额度 (the cash part of a card, not its total),
// 临时额度 (a temporary extra), 最高额度 (a product's advertised ceiling).

export type AmountField = 'totalLimit' | 'availableLimit' | 'usedAmount';
export type RateField = 'dailyRate' | 'apr';
/** `status` and `product` label table columns: the row's state and its card or product name. */
export type Field = AmountField | RateField | 'status' | 'product';

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
    '整体额度',
    '账户额度',
    '授信总额',
    '授信总额度',
    '信用总额度',
    '循环额度',
    '消费额度',
    '额度总额',
    '总授信额度',
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
    '本月应还',
    '未出账单',
    '未出账单金额',
    '已使用额度',
    '已用金额',
    '欠款金额',
    '当前欠款',
    '待还本金',
    '应还总额',
    'current balance',
    'outstanding balance',
    'amount owed',
  ],
  dailyRate: ['日利率', '日息', '日费用', '日费率', '日利息', 'daily rate', 'daily interest rate'],
  apr: [
    '年化利率',
    '近似折算年化利率',
    '参考年化利率',
    '年利率',
    '年化费率',
    '年化综合成本',
    'apr',
    'annual percentage rate',
    'purchase apr',
  ],
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
    'card',
    'card number',
    'card name',
    'product',
    'account',
  ],
};

/** Words a page puts before a label that change nothing (人民币可用额度, 您的信用额度). */
export const LABEL_LEADS: readonly string[] = ['人民币', '本币', '我的', '您的', 'your '];

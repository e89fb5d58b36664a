// Status phrases (vocabulary.md "Status phrases → status") and the 提额 entry's words. One phrase per
// line. `#` stands for a count (3, 三): 请#个月后再试. English phrases match whole words.
export type KnownStatus = 'closed' | 'frozen' | 'limited' | 'normal';

/** Worst first: when a page says several things, the worst one wins. */
export const STATUS_PHRASES: Readonly<Record<Exclude<KnownStatus, 'normal'>, readonly string[]>> = {
  closed: [
    '服务已关闭',
    '额度已清零',
    '已注销',
    '已销户',
    '已关闭',
    '服务关闭',
    'account closed',
    'account has been closed',
    'account is closed',
  ],
  frozen: ['额度已冻结', '冻结', '止付', '账户被锁定', '账户已锁定', '暂停使用', '状态异常', 'frozen', 'suspended'],
  limited: [
    '暂时无法使用',
    '暂无借款额度',
    '暂无可用额度',
    '暂无额度',
    '无法借款',
    '暂不可借',
    '综合评估暂未通过',
    '综合评估未通过',
    '经综合评估暂不支持',
    '综合评分不足',
    '请#个月后再试',
    '额度评估中',
  ],
};

/** A status cell or badge saying all is well (after an optional 状态: label, maybe with an arrow), the whole text. */
export const NORMAL_PHRASES: readonly string[] = [
  '正常',
  '正常使用',
  '可借',
  '去借钱',
  '立即借款',
  '去借款',
  '我要借款',
  'active',
  'normal',
  'in good standing',
];

/** Under a status label only (额度状态 | 生效): words that say the line is in force. Alone on a page they
 *  may be about anything (a coupon 已生效). */
export const NORMAL_UNDER_LABEL: readonly string[] = ['生效', '已生效', '有效', '启用', '已启用', '已激活', '使用中', 'open', 'in force'];

/** The 提额 entry closed. */
export const INCREASE_CLOSED: readonly string[] = ['提额功能暂不可用', '暂无提额机会', '暂不支持提额', '暂无法提额', '提额暂不可用'];
/** Beside a 提额 entry on its row (an app's "提升额度 … 暂不可用"): the entry is shown disabled. */
export const INCREASE_DISABLED_BESIDE: readonly string[] = ['暂不可用', '不可用', '暂未开放', '暂不支持', '暂无机会'];
/** The 提额 entry offered (a button or link whose whole text is one of these, maybe with an arrow). */
export const INCREASE_ENTRY: readonly string[] = ['去提额', '申请提额', '提升额度', '立即提额'];

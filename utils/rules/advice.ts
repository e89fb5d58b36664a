// The advice the alerts draw on (heuristics.md, "Advice the alerts draw on"), shared by topic: each
// rule's index.ts picks its topic (sudden-drawdown has its own). Figures cited by practitioners are
// presented as commonly cited, never as a lender's rule.
import type { Lang } from '../i18n/lang';

type Topic = 'limit' | 'applications' | 'lenders' | 'utilization' | 'rate' | 'stale';

export const ADVICE: Record<Topic, Record<Lang, string[]>> = {
  limit: {
    zh: [
      '暂停新的贷款和信用卡申请一段时间。',
      '继续按时还款，不要逾期。',
      '通过贷款机构的官方客服询问原因，可准备收入证明、银行流水等材料。',
      '不要指望这条额度支撑计划中的开支，提前准备其他资金来源（多元化融资渠道）。',
    ],
    en: [
      'Pause new loan and card applications for a while.',
      'Keep repaying on time.',
      "Ask the lender's official service channel why, with proof of income (income certificate, bank statements).",
      "Don't rely on this line for planned spending; line up another source of funds.",
    ],
  },
  applications: {
    zh: [
      '每次申请都会留下一条硬查询记录，先暂停申请。',
      '常被引用的说法是：1 个月内不超过 3 次、3 个月内不超过 6 次硬查询。',
      '比较产品时先看条件，不要逐个提交申请。',
    ],
    en: [
      'Each application leaves a hard inquiry: pause applications.',
      'A commonly cited guide: at most 3 hard inquiries in a month and 6 in three months.',
      'Compare offers by their terms without applying to each.',
    ],
  },
  lenders: {
    zh: ['合并借款，优先还清金额最小的几笔。', '避免借新还旧（以贷养贷）。', '借款按申请时的用途使用。'],
    en: [
      'Consolidate, and pay off the smallest lines first.',
      'Avoid using one loan to repay another.',
      'Keep borrowing for its stated purpose.',
    ],
  },
  utilization: {
    zh: ['把总使用率控制在 70% 以下；评分模型更认可 30% 以下。', '先还使用率最高的额度。'],
    en: ['Keep total utilisation under 70 %; score models reward under 30 %.', 'Pay down the most-used line first.'],
  },
  rate: {
    zh: ['利率上调常常出现在降额之前。', '比较其他产品，避免在这条额度上新增借款。'],
    en: ['A repricing often comes before a cut.', 'Compare offers and avoid new borrowing on this line.'],
  },
  stale: {
    zh: ['打开该机构的页面，让记录保持最新。'],
    en: ["Open the lender's page so the history stays current."],
  },
};

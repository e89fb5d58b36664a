import { count, days, defineMeta } from '../meta';

export const manyLendersMeta = defineMeta({
  id: 'many-lenders',
  name: { zh: '多头借贷', en: 'Many lenders' },
  defaults: { lenders: 3, institutions: 5, windowDays: 60, criticalLenders: 5, openedCount: 3, openedWindowDays: 90 },
  fields: {
    lenders: count('有借款的现金贷款机构至少', 'Cash lenders with a balance at least'),
    institutions: count(
      '有借款的各类机构（含信用卡、花呗）至少',
      'Institutions of any kind with a balance (cards, pay-later included) at least',
    ),
    windowDays: days('观察时长', 'Time window'),
    criticalLenders: count('「严重」：现金贷款机构至少', 'Critical: cash lenders at least'),
    openedCount: count('新开账户数至少', 'New accounts at least'),
    openedWindowDays: days('新开账户的观察时长', 'Time window for new accounts'),
  },
  ordered: [['lenders', 'criticalLenders']],
});

import { count, days, defineMeta } from '../meta';

export const frequentApplicationsMeta = defineMeta({
  id: 'frequent-applications',
  name: { zh: '频繁申请', en: 'Frequent applications' },
  defaults: { count: 3, windowDays: 30, longCount: 5, criticalCount: 6, criticalWindowDays: 90, shoppingDays: 14 },
  fields: {
    count: count('申请次数至少', 'Applications at least'),
    windowDays: days('观察时长', 'Time window'),
    longCount: count('较长观察时长内申请次数至少', 'Applications in the longer window at least'),
    criticalCount: count('「严重」：申请次数至少', 'Critical: applications at least'),
    criticalWindowDays: days('「严重」的观察时长', 'Critical time window'),
    shoppingDays: days(
      '「严重」计数中，同一笔贷款在多家银行的审批查询合并计算的天数',
      'Critical count: bank loan-approval checks within this many days count once',
    ),
  },
  ordered: [
    ['count', 'criticalCount'],
    ['longCount', 'criticalCount'],
  ],
});

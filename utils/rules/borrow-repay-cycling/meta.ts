import { count, days, defineMeta } from '../meta';

export const borrowRepayCyclingMeta = defineMeta({
  id: 'borrow-repay-cycling',
  name: { zh: '频繁借还', en: 'Borrow-repay cycling' },
  defaults: {
    cycles: 3,
    windowDays: 60,
    repayWithinDays: 7,
    criticalCycles: 5,
    criticalWindowDays: 30,
    crossLender: 2,
    criticalCrossLender: 4,
    crossWindowDays: 90,
    crossWithinDays: 3,
  },
  fields: {
    cycles: count('借还循环次数至少', 'Borrow-repay cycles at least'),
    windowDays: days('观察时长', 'Time window'),
    repayWithinDays: days('借款后全部还清的间隔不超过', 'Repaid in full within'),
    criticalCycles: count('「严重」：借还循环次数至少', 'Critical: borrow-repay cycles at least'),
    criticalWindowDays: days('「严重」的观察时长', 'Critical time window'),
    crossLender: count('借新还旧（跨放贷方）次数至少', 'Borrowing to repay another lender at least'),
    criticalCrossLender: count('「严重」：借新还旧次数至少', 'Critical: borrowing to repay another lender at least'),
    crossWindowDays: days('借新还旧的观察时长', 'Time window for borrowing to repay'),
    crossWithinDays: days('在别处借款与还款相隔不超过', 'Borrowing elsewhere within (before or after)'),
  },
  ordered: [['crossLender', 'criticalCrossLender']],
});

import { days, defineMeta, share } from '../meta';

export const suddenDrawdownMeta = defineMeta({
  id: 'sudden-drawdown',
  name: { zh: '突然大额用款', en: 'Sudden drawdown' },
  defaults: { quietShare: 0.2, drawnShare: 0.7, windowDays: 60, quietSpanDays: 30, withinDays: 14 },
  fields: {
    quietShare: share('此前每次使用率不超过', 'Quiet before: every view used at most'),
    drawnShare: share('随后使用率至少', 'Then used at least'),
    windowDays: days('平稳期的观察时长', 'Time window for the quiet views'),
    quietSpanDays: days('平稳期至少持续', 'Quiet views spanning at least'),
    withinDays: days('从平稳到用满不超过', 'From quiet to drawn within'),
  },
  ordered: [['quietShare', 'drawnShare']],
});

export type DrawdownSettings = typeof suddenDrawdownMeta.defaults;

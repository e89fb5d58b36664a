import { count, days, defineMeta, share } from '../meta';

export const combinedSignsMeta = defineMeta({
  id: 'combined-signs',
  name: { zh: '多个信号同时出现', en: 'Signs together' },
  defaults: { fraction: 0.6667, signs: 2, windowDays: 30 },
  fields: {
    fraction: share('每个信号达到其提醒线的比例至少', 'Each sign at least this share of its own threshold'),
    signs: count('不同信号至少', 'Different signs at least'),
    windowDays: days('观察时长', 'Time window'),
  },
});

export type CombinedSignsSettings = typeof combinedSignsMeta.defaults;

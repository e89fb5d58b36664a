import { count, days, defineMeta, share } from '../meta';

export const limitDropMeta = defineMeta({
  id: 'limit-drop',
  name: { zh: '额度下降', en: 'Limit cut' },
  defaults: { minDrop: 0.05, windowDays: 90, criticalFromHighest: 0.3, criticalDrops: 2 },
  fields: {
    minDrop: share('额度下降至少', 'Limit drop of at least'),
    windowDays: days('观察时长', 'Time window'),
    criticalFromHighest: share('「严重」：比最高额度低至少', 'Critical: below the highest limit by at least'),
    criticalDrops: count('「严重」：下降次数至少', 'Critical: number of drops at least'),
  },
});

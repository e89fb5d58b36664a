import { days, defineMeta, share } from '../meta';

export const highUtilizationMeta = defineMeta({
  id: 'high-utilization',
  name: { zh: '使用率过高', en: 'High utilisation' },
  defaults: { aggregate: 0.7, criticalAggregate: 0.9, aggregateSpanDays: 14, single: 0.9, windowDays: 60, singleSpanDays: 30 },
  fields: {
    aggregate: share('总使用率至少', 'Overall utilisation at least'),
    criticalAggregate: share('「严重」：总使用率至少', 'Critical: overall utilisation at least'),
    aggregateSpanDays: days('总使用率持续偏高的时长', 'Overall utilisation high for at least'),
    single: share('单个账户使用率至少', "One account's utilisation at least"),
    windowDays: days('观察时长', 'Time window'),
    singleSpanDays: days('单个账户持续高使用的时长', 'One account high for at least'),
  },
  ordered: [['aggregate', 'criticalAggregate']],
});

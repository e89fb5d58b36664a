import { count, days, defineMeta } from '../meta';

export const lowLimitMeta = defineMeta({
  id: 'low-limit',
  name: { zh: '额度很低', en: 'Very low limit' },
  defaults: { below: 1000, windowDays: 30 },
  fields: {
    below: count('总额度低于（元）', 'Total limit below (yuan)'),
    windowDays: days('观察时长', 'Time window'),
  },
});

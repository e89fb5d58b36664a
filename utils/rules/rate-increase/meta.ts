import { days, defineMeta, share } from '../meta';

export const rateIncreaseMeta = defineMeta({
  id: 'rate-increase',
  name: { zh: '利率上调', en: 'Rate increase' },
  defaults: { minRise: 0.1, windowDays: 180 },
  fields: { minRise: share('比最低利率上调至少', 'Rate above its lowest by at least'), windowDays: days('观察时长', 'Time window') },
});

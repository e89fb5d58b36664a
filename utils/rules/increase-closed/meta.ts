import { days, defineMeta } from '../meta';

export const increaseClosedMeta = defineMeta({
  id: 'increase-closed',
  name: { zh: '提额入口关闭', en: 'Limit increase closed' },
  defaults: { windowDays: 180 },
  fields: { windowDays: days('观察时长', 'Time window') },
});

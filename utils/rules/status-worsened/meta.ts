import { days, defineMeta } from '../meta';

export const statusWorsenedMeta = defineMeta({
  id: 'status-worsened',
  name: { zh: '账户状态变差', en: 'Account status worse' },
  defaults: { windowDays: 180 },
  fields: { windowDays: days('观察时长', 'Time window') },
});

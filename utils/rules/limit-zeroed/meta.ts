import { defineMeta } from '../meta';

export const limitZeroedMeta = defineMeta({
  id: 'limit-zeroed',
  name: { zh: '额度清零', en: 'Limit at zero' },
  defaults: {} as Record<string, never>,
  fields: {},
});

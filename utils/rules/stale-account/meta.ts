import { days, defineMeta } from '../meta';

export const staleAccountMeta = defineMeta({
  id: 'stale-account',
  name: { zh: '账户久未查看', en: 'Not checked lately' },
  defaults: { days: 14 },
  fields: { days: days('多久没查看算久未查看', 'Not viewed for') },
});

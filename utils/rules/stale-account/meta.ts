import { days, defineMeta } from '../meta';

export const staleAccountMeta = defineMeta({
  id: 'stale-account',
  name: { zh: '账户久未查看', en: 'Not checked lately' },
  defaults: { days: 14, reportDays: 90 },
  fields: {
    days: days('多久没查看算久未查看', 'Not viewed for'),
    reportDays: days('只见于征信报告的账户：最新报告多久前算过时', 'Accounts only in credit reports: latest report older than'),
  },
});

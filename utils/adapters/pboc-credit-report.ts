import { documentLines } from '../report/lines';
import { readReport } from '../report/read';
import type { Adapter } from './types';

// 个人征信 (PBoC credit report, 个人信用信息服务平台 ipcrs.pbccrc.org.cn). The page is read as text by
// the same reader as a report PDF (utils/report/): the 简版's one sentence per account, the 详版's
// tables grouped per `账户N`, the query records. Each observation is timed at the report's time
// (报告时间), not at the moment of reading, so the same report read again, from the page or its
// PDF, collapses into what is stored. Any other page of the platform (login, forms) gives nothing.
export const pbocCreditReport: Adapter = {
  id: 'pboc-credit-report',
  name: { zh: '个人征信报告（个人信用信息服务平台）', en: 'PBoC personal credit report' },
  matches: ['https://ipcrs.pbccrc.org.cn/*'],
  home: 'https://ipcrs.pbccrc.org.cn/',
  source: 'credit-report',
  bundle: 'credit-report',
  extract(doc) {
    const read = readReport(documentLines(doc));
    const at = read.reportedAt;
    return { observations: read.observations.map((o) => (at ? { ...o, at } : o)), events: read.events };
  },
};

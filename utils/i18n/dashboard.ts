// `td` for the dashboard page's own dictionary (dashboard-zh.ts / dashboard-en.ts).
import { dashboardEn } from './dashboard-en';
import { dashboardZh, type DashboardKey } from './dashboard-zh';
import { fill, type Lang, type Params } from './index';

export type { DashboardKey };
const dictionaries: Record<Lang, Record<DashboardKey, string>> = { zh: dashboardZh, en: dashboardEn };

export function td(lang: Lang, key: DashboardKey, params?: Params): string {
  return fill(dictionaries[lang][key], params);
}

import type { RuleAlert } from '../shapes';
import { num, str, type AlertTexts } from '../texts-types';

const accountCount = (a: RuleAlert): number => (Array.isArray(a.evidence.accounts) ? a.evidence.accounts.length : NaN);
const isAggregate = (a: RuleAlert): boolean => str(a, 'scope') !== 'account';

export const highUtilizationText: AlertTexts = {
  zh: (a, c) =>
    isAggregate(a)
      ? {
          title: '总体额度使用率偏高',
          detail:
            `${accountCount(a)} 个账户合计已用 ${c.amount(num(a, 'used'))}，总额度 ${c.amount(num(a, 'totalLimit'))}，` +
            `总体使用率 ${c.percent(num(a, 'utilization'))}。` +
            `提醒阈值：${c.percent(num(a, 'threshold'))} 及以上，${c.percent(num(a, 'criticalThreshold'))} 及以上为严重` +
            `（只计算 ${num(a, 'windowDays')} 天内有记录的账户）。`,
        }
      : {
          title: `${c.accountName ?? ''} 额度使用率持续偏高`,
          detail:
            `${c.date(str(a, 'from'))} 至 ${c.date(str(a, 'to'))} 的 ${num(a, 'observations')} 次记录中，使用率始终不低于 ` +
            `${c.percent(num(a, 'threshold'))}（最低 ${c.percent(num(a, 'lowestUtilization'))}）；` +
            `最近一次已用 ${c.amount(num(a, 'used'))}，总额度 ${c.amount(num(a, 'totalLimit'))}，使用率 ${c.percent(num(a, 'utilization'))}。` +
            `提醒条件：${num(a, 'windowDays')} 天内每次记录都不低于 ${c.percent(num(a, 'threshold'))}，且持续 ${num(a, 'spanThresholdDays')} 天以上。`,
        },
  en: (a, c) =>
    isAggregate(a)
      ? {
          title: 'High overall credit utilisation',
          detail:
            `Across ${accountCount(a)} account(s), ${c.amount(num(a, 'used'))} is used of ${c.amount(num(a, 'totalLimit'))} in total limits: ` +
            `${c.percent(num(a, 'utilization'))} utilisation. ` +
            `Alert threshold: ${c.percent(num(a, 'threshold'))} or more, critical from ${c.percent(num(a, 'criticalThreshold'))} ` +
            `(accounts seen within ${num(a, 'windowDays')} days).`,
        }
      : {
          title: `${c.accountName ?? ''}: limit nearly used up for weeks`,
          detail:
            `On all ${num(a, 'observations')} view(s) from ${c.date(str(a, 'from'))} to ${c.date(str(a, 'to'))}, utilisation stayed at ` +
            `${c.percent(num(a, 'threshold'))} or more (lowest ${c.percent(num(a, 'lowestUtilization'))}); ` +
            `latest: ${c.amount(num(a, 'used'))} used of ${c.amount(num(a, 'totalLimit'))}, ${c.percent(num(a, 'utilization'))}. ` +
            `Alert condition: every view within ${num(a, 'windowDays')} days at or above ${c.percent(num(a, 'threshold'))}, ` +
            `lasting ${num(a, 'spanThresholdDays')} days or more.`,
        },
};

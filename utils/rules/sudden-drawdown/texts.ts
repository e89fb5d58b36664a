// sudden-drawdown in words, both languages, with its advice (heuristics.md, "Advice the alerts draw on").
import type { Lang } from '../../i18n/lang';
import type { RuleAlert } from '../shapes';
import { num, str, type AlertTexts } from '../texts-types';

const isLine = (a: RuleAlert) => str(a, 'scope') === 'account';

export const suddenDrawdownText: AlertTexts = {
  zh: (a, c) => ({
    title: isLine(a) ? `${c.accountName ?? ''} 突然大额用款` : '现金贷款额度突然被大量使用',
    detail:
      `${isLine(a) ? '这条额度' : '各现金贷款额度合计'}在 ${c.date(str(a, 'quietFrom'))} 起的记录中使用率一直不超过 ${c.percent(num(a, 'quietUtilization'))}，` +
      `${c.date(str(a, 'drawnAt'))} 起升到 ${c.percent(num(a, 'utilization'))}。贷款机构的模型常把平时很少用的额度突然用满视为资金紧张的信号。` +
      `提醒条件：此前 ${num(a, 'windowDays')} 天每次不超过 ${c.percent(num(a, 'quietShare'))}，${num(a, 'withinDays')} 天内升到 ${c.percent(num(a, 'drawnShare'))} 及以上。`,
  }),
  en: (a, c) => ({
    title: isLine(a) ? `${c.accountName ?? ''}: suddenly drawn to the top` : 'Cash lines suddenly drawn down',
    detail:
      `${isLine(a) ? 'This line' : 'Your cash lines together'} stayed at or under ${c.percent(num(a, 'quietUtilization'))} used on every view from ${c.date(str(a, 'quietFrom'))}, ` +
      `then reached ${c.percent(num(a, 'utilization'))} from ${c.date(str(a, 'drawnAt'))}. Lenders' models read a quiet line suddenly drawn to the top as a sign of strain. ` +
      `Alert condition: every view of the ${num(a, 'windowDays')} days before at or under ${c.percent(num(a, 'quietShare'))}, then ${c.percent(num(a, 'drawnShare'))} or more within ${num(a, 'withinDays')} days.`,
  }),
};

export const DRAWDOWN_ADVICE: Record<Lang, string[]> = {
  zh: [
    '贷款机构的模型常把平时很少用的额度突然用满视为资金紧张。',
    '如确有需要，只从一个渠道按用途借款，并按期还款。',
    '避免再从其他机构借款来补缺口（以贷养贷）。',
  ],
  en: [
    "Lenders' models read a quiet line suddenly drawn to the top as distress.",
    'If the need is real, borrow from one source for its purpose and repay on schedule.',
    'Avoid topping up from other lenders.',
  ],
};

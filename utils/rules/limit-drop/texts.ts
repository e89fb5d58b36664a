import { num, str, type AlertTexts } from '../texts-types';

const cuts = (n: number) => (n === 1 ? 'one cut' : `${n} cuts`);

export const limitDropText: AlertTexts = {
  zh: (a, c) => ({
    title: `${c.accountName ?? ''} 额度下降`,
    detail:
      `总额度从 ${c.amount(num(a, 'previousLimit'))} 降到 ${c.amount(num(a, 'latestLimit'))}（${c.date(str(a, 'lastFallAt'))}），` +
      `比 ${num(a, 'windowDays')} 天内的最高额度低 ${c.percent(num(a, 'fallFromHighest'))}，期间共下降 ${num(a, 'falls')} 次。` +
      `提醒阈值：单次下降 ≥ ${c.percent(num(a, 'threshold'))}。`,
  }),
  en: (a, c) => ({
    title: `${c.accountName ?? ''}: limit cut`,
    detail:
      `The total limit fell from ${c.amount(num(a, 'previousLimit'))} to ${c.amount(num(a, 'latestLimit'))} (${c.date(str(a, 'lastFallAt'))}), ` +
      `${c.percent(num(a, 'fallFromHighest'))} below its highest in ${num(a, 'windowDays')} days; ${cuts(num(a, 'falls'))} in that time. ` +
      `Alert threshold: a fall of ${c.percent(num(a, 'threshold'))} or more.`,
  }),
};

import { metaOf } from '../catalog';
import { num, type AlertTexts } from '../texts-types';
import type { RuleAlert } from '../shapes';
import type { Lang } from '../../i18n/lang';

/** The signs' rule names, in the person's language ("使用率过高、频繁申请"). */
function names(a: RuleAlert, lang: Lang): string {
  const signs = Array.isArray(a.evidence.signs) ? a.evidence.signs : [];
  const list = signs.flatMap((s) => {
    const rule = typeof s === 'object' && s !== null && !Array.isArray(s) ? s.rule : undefined;
    return typeof rule === 'string' ? [metaOf(rule)?.name[lang] ?? rule] : [];
  });
  return list.join(lang === 'zh' ? '、' : ', ');
}

const count = (a: RuleAlert): number | string => (Array.isArray(a.evidence.signs) ? a.evidence.signs.length : '?');
const percent = (a: RuleAlert): string => `${Math.round(num(a, 'fraction') * 100)}%`;

export const combinedSignsText: AlertTexts = {
  zh: (a) => ({
    title: '多个风险信号同时出现',
    detail:
      `近 ${num(a, 'windowDays')} 天有 ${count(a)} 个不同的信号都已接近各自的提醒线（达到提醒线的 ${percent(a)} 以上）：${names(a, 'zh')}。` +
      `单看每一项都还没到提醒线，但贷款机构的模型会把多个弱信号合在一起评分。`,
  }),
  en: (a) => ({
    title: 'Several warning signs at once',
    detail:
      `In the last ${num(a, 'windowDays')} days, ${count(a)} different signs each stood at ${percent(a)} or more of their own alert threshold: ${names(a, 'en')}. ` +
      `None has crossed its threshold alone, but lenders' models score many weak signals together.`,
  }),
};

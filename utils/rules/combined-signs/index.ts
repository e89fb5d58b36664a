// combined-signs: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and
// its own advice (heuristics.md's advice for the signs it combines, in short).
import type { RuleCode } from '../shapes';
import { defineRule } from '../unit';
import { combinedSignsMeta } from './meta';
import { combinedSigns as rule } from './rule';
import { combinedSignsText } from './texts';

const ADVICE = {
  zh: [
    '先处理其中最容易改变的一项：暂停新的申请，或先还使用率最高的额度。',
    '避免借新还旧（以贷养贷），借款按申请时的用途使用。',
    '继续按时还款，不要逾期。',
  ],
  en: [
    'Act on the easiest sign first: pause new applications, or pay down the most-used line.',
    'Avoid using one loan to repay another; keep borrowing for its stated purpose.',
    'Keep repaying on time.',
  ],
};

// A candidate runs the other rules softened, so its code takes every rule's settings (types.ts's
// Rule) rather than only its own; as a unit it is the same evaluation.
const code = rule as unknown as RuleCode<typeof combinedSignsMeta>;

export const combinedSignsUnit = defineRule(combinedSignsMeta, code, combinedSignsText, ADVICE);

// borrow-repay-cycling: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { borrowRepayCyclingMeta } from './meta';
import { borrowRepayCycling as rule } from './rule';
import { borrowRepayCyclingText } from './texts';

export const borrowRepayCyclingUnit = defineRule(borrowRepayCyclingMeta, rule, borrowRepayCyclingText, ADVICE.lenders);

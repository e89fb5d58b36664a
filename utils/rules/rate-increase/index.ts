// rate-increase: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { rateIncreaseMeta } from './meta';
import { rateIncrease as rule } from './rule';
import { rateIncreaseText } from './texts';

export const rateIncreaseUnit = defineRule(rateIncreaseMeta, rule, rateIncreaseText, ADVICE.rate);

// low-limit: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { lowLimitMeta } from './meta';
import { lowLimit } from './rule';
import { lowLimitText } from './texts';

export const lowLimitUnit = defineRule(lowLimitMeta, lowLimit, lowLimitText, ADVICE.limit);

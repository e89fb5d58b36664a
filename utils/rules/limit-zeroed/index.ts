// limit-zeroed: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { limitZeroedMeta } from './meta';
import { limitZeroed as rule } from './rule';
import { limitZeroedText } from './texts';

export const limitZeroedUnit = defineRule(limitZeroedMeta, rule, limitZeroedText, ADVICE.limit);

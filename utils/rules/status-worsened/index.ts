// status-worsened: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { statusWorsenedMeta } from './meta';
import { statusWorsened as rule } from './rule';
import { statusWorsenedText } from './texts';

export const statusWorsenedUnit = defineRule(statusWorsenedMeta, rule, statusWorsenedText, ADVICE.limit);

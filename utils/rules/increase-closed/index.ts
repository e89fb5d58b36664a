// increase-closed: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { increaseClosedMeta } from './meta';
import { increaseClosed as rule } from './rule';
import { increaseClosedText } from './texts';

export const increaseClosedUnit = defineRule(increaseClosedMeta, rule, increaseClosedText, ADVICE.limit);

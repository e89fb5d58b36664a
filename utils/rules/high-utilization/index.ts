// high-utilization: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { highUtilizationMeta } from './meta';
import { highUtilization as rule } from './rule';
import { highUtilizationText } from './texts';

export const highUtilizationUnit = defineRule(highUtilizationMeta, rule, highUtilizationText, ADVICE.utilization);

// sudden-drawdown: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { DRAWDOWN_ADVICE } from './texts';
import { defineRule } from '../unit';
import { suddenDrawdownMeta } from './meta';
import { suddenDrawdown as rule } from './rule';
import { suddenDrawdownText } from './texts';

export const suddenDrawdownUnit = defineRule(suddenDrawdownMeta, rule, suddenDrawdownText, DRAWDOWN_ADVICE);

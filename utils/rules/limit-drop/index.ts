// limit-drop: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { limitDropMeta } from './meta';
import { limitDrop as rule } from './rule';
import { limitDropText } from './texts';

export const limitDropUnit = defineRule(limitDropMeta, rule, limitDropText, ADVICE.limit);

// many-lenders: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { manyLendersMeta } from './meta';
import { manyLenders as rule } from './rule';
import { manyLendersText } from './texts';

export const manyLendersUnit = defineRule(manyLendersMeta, rule, manyLendersText, ADVICE.lenders);

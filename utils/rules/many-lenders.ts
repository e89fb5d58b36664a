// PLACEHOLDER until the rule is written: fires nothing.
import type { Rule } from './types';

export const manyLenders: Rule = { id: 'many-lenders', evaluate: () => [] };

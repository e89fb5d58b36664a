// PLACEHOLDER until the rule is written: fires nothing.
import type { Rule } from './types';

export const limitZeroed: Rule = { id: 'limit-zeroed', evaluate: () => [] };

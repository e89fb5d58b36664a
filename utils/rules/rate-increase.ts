// PLACEHOLDER until the rule is written: fires nothing.
import type { Rule } from './types';

export const rateIncrease: Rule = { id: 'rate-increase', evaluate: () => [] };

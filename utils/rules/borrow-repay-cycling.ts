// PLACEHOLDER until the rule is written: fires nothing.
import type { Rule } from './types';

export const borrowRepayCycling: Rule = { id: 'borrow-repay-cycling', evaluate: () => [] };

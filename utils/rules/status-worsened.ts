// PLACEHOLDER until the rule is written: fires nothing.
import type { Rule } from './types';

export const statusWorsened: Rule = { id: 'status-worsened', evaluate: () => [] };

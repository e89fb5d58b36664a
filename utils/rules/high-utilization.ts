// PLACEHOLDER until the rule is written: fires nothing.
import type { Rule } from './types';

export const highUtilization: Rule = { id: 'high-utilization', evaluate: () => [] };

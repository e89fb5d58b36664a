// PLACEHOLDER until the rule is written: fires nothing.
import type { Rule } from './types';

export const increaseClosed: Rule = { id: 'increase-closed', evaluate: () => [] };

// PLACEHOLDER until the rule is written: fires nothing.
import type { Rule } from './types';

export const staleAccount: Rule = { id: 'stale-account', evaluate: () => [] };

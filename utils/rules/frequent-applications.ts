// PLACEHOLDER until the rule is written: fires nothing.
import type { Rule } from './types';

export const frequentApplications: Rule = { id: 'frequent-applications', evaluate: () => [] };

// frequent-applications: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { frequentApplicationsMeta } from './meta';
import { frequentApplications as rule } from './rule';
import { frequentApplicationsText } from './texts';

export const frequentApplicationsUnit = defineRule(frequentApplicationsMeta, rule, frequentApplicationsText, ADVICE.applications);
export { isHardInquiry, hardChecks, applicantKey, applicationCounts } from './rule';

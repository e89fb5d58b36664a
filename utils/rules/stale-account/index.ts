// stale-account: one unit — its description (meta.ts), evaluation (rule.ts), words (texts.ts) and advice.
import { ADVICE } from '../advice';
import { defineRule } from '../unit';
import { staleAccountMeta } from './meta';
import { staleAccount as rule } from './rule';
import { staleAccountText } from './texts';

export const staleAccountUnit = defineRule(staleAccountMeta, rule, staleAccountText, ADVICE.stale);

// Every rule, in the order of heuristics.md. Adding a rule: a new file with a new id, listed here,
// with its text file in `texts/` and listed in `texts/index.ts`.
import { borrowRepayCycling } from './borrow-repay-cycling';
import { frequentApplications } from './frequent-applications';
import { highUtilization } from './high-utilization';
import { increaseClosed } from './increase-closed';
import { limitDrop } from './limit-drop';
import { limitZeroed } from './limit-zeroed';
import { manyLenders } from './many-lenders';
import { rateIncrease } from './rate-increase';
import { staleAccount } from './stale-account';
import { statusWorsened } from './status-worsened';
import { suddenDrawdown } from './sudden-drawdown/rule';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  limitDrop,
  limitZeroed,
  statusWorsened,
  increaseClosed,
  frequentApplications,
  manyLenders,
  highUtilization,
  borrowRepayCycling,
  rateIncrease,
  suddenDrawdown,
  staleAccount,
];

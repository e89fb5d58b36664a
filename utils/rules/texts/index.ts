// Every rule's words, keyed by rule id (the type makes a missing rule a compile error).
import type { RuleId } from '../types';
import { borrowRepayCyclingText } from './borrow-repay-cycling';
import { frequentApplicationsText } from './frequent-applications';
import { highUtilizationText } from './high-utilization';
import { increaseClosedText } from './increase-closed';
import { limitDropText } from './limit-drop';
import { limitZeroedText } from './limit-zeroed';
import { manyLendersText } from './many-lenders';
import { rateIncreaseText } from './rate-increase';
import { staleAccountText } from './stale-account';
import { statusWorsenedText } from './status-worsened';
import { suddenDrawdownText } from '../sudden-drawdown/texts';
import type { AlertTexts } from './types';

export const ALERT_TEXTS: Record<RuleId, AlertTexts> = {
  'limit-drop': limitDropText,
  'limit-zeroed': limitZeroedText,
  'status-worsened': statusWorsenedText,
  'increase-closed': increaseClosedText,
  'frequent-applications': frequentApplicationsText,
  'many-lenders': manyLendersText,
  'high-utilization': highUtilizationText,
  'borrow-repay-cycling': borrowRepayCyclingText,
  'rate-increase': rateIncreaseText,
  'sudden-drawdown': suddenDrawdownText,
  'stale-account': staleAccountText,
};

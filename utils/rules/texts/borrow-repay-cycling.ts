// PLACEHOLDER until the rule is written.
import type { AlertTexts } from './types';

export const borrowRepayCyclingText: AlertTexts = {
  zh: () => ({ title: 'borrow-repay-cycling', detail: '' }),
  en: () => ({ title: 'borrow-repay-cycling', detail: '' }),
};

// PLACEHOLDER until the rule is written.
import type { AlertTexts } from './types';

export const rateIncreaseText: AlertTexts = {
  zh: () => ({ title: 'rate-increase', detail: '' }),
  en: () => ({ title: 'rate-increase', detail: '' }),
};

// PLACEHOLDER until the rule is written.
import type { AlertTexts } from './types';

export const limitZeroedText: AlertTexts = {
  zh: () => ({ title: 'limit-zeroed', detail: '' }),
  en: () => ({ title: 'limit-zeroed', detail: '' }),
};

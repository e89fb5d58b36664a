// PLACEHOLDER until the rule is written.
import type { AlertTexts } from './types';

export const increaseClosedText: AlertTexts = {
  zh: () => ({ title: 'increase-closed', detail: '' }),
  en: () => ({ title: 'increase-closed', detail: '' }),
};

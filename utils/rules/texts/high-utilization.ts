// PLACEHOLDER until the rule is written.
import type { AlertTexts } from './types';

export const highUtilizationText: AlertTexts = {
  zh: () => ({ title: 'high-utilization', detail: '' }),
  en: () => ({ title: 'high-utilization', detail: '' }),
};

// PLACEHOLDER until the rule is written.
import type { AlertTexts } from './types';

export const frequentApplicationsText: AlertTexts = {
  zh: () => ({ title: 'frequent-applications', detail: '' }),
  en: () => ({ title: 'frequent-applications', detail: '' }),
};

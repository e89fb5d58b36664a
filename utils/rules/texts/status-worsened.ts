// PLACEHOLDER until the rule is written.
import type { AlertTexts } from './types';

export const statusWorsenedText: AlertTexts = {
  zh: () => ({ title: 'status-worsened', detail: '' }),
  en: () => ({ title: 'status-worsened', detail: '' }),
};

// PLACEHOLDER until the rule is written.
import type { AlertTexts } from './types';

export const manyLendersText: AlertTexts = {
  zh: () => ({ title: 'many-lenders', detail: '' }),
  en: () => ({ title: 'many-lenders', detail: '' }),
};

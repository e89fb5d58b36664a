// PLACEHOLDER until the rule is written.
import type { AlertTexts } from './types';

export const staleAccountText: AlertTexts = {
  zh: () => ({ title: 'stale-account', detail: '' }),
  en: () => ({ title: 'stale-account', detail: '' }),
};

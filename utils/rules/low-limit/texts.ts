import { num, type AlertTexts } from '../texts-types';

export const lowLimitText: AlertTexts = {
  zh: (a, c) => ({ title: `${c.accountName ?? ''} 额度很低`, detail: `总额度 ${c.amount(num(a, 'totalLimit'))}。` }),
  en: (a, c) => ({ title: `${c.accountName ?? ''}: very low limit`, detail: `Total limit ${c.amount(num(a, 'totalLimit'))}.` }),
};

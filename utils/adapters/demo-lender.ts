import { lenderPage } from './define';
import { readFields, readRates } from './label-reader';

// 示例借贷 (throwaway): one credit line, its amounts and daily rate in label/value rows.
export const demoLender = lenderPage({
  id: 'demo-lender',
  name: { zh: '示例借贷', en: 'Demo Lender' },
  matches: ['https://credit.demo-lender.example/*'],
  home: 'https://credit.demo-lender.example/account',
  account: { lender: '示例借贷', product: '信用额度', kind: 'credit-line' },
  amounts: (_doc, words) => readFields(words.page(), { totalLimit: ['总额度'], availableLimit: ['可用额度'] }),
  rates: (_doc, words) => readRates(words.page(), { dailyRate: ['日利率'] }),
});

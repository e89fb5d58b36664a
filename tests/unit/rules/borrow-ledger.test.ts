import { describe, expect, it } from 'vitest';
import { isCashBorrowLine, lineResolver } from '../../../utils/rules/borrow-ledger';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { account, event, history, NOW } from './support/history';

describe('isCashBorrowLine', () => {
  const h = history({
    accounts: [
      account('loan', '微粒贷', { kind: 'credit-line' }),
      account('card', '招商银行', { kind: 'credit-card' }),
      account('huabei', '花呗', { kind: 'pay-later' }),
      account('car', '平安银行', { kind: 'installment-loan', product: '汽车贷款' }),
    ],
    events: [
      event('borrow', 3, { accountId: 'loan' }),
      event('borrow', 3, { accountId: 'card' }),
      event('borrow', 3, { accountId: 'huabei' }),
      event('borrow', 3, { accountId: 'car' }),
      event('borrow', 3, { lender: '花呗' }), // the person's one account there
      event('borrow', 3, { lender: '某小贷' }), // no account: the lender itself
    ],
  });
  const view = buildHistoryView(h, NOW);
  const resolve = lineResolver(view);
  const cash = Object.fromEntries(view.events.map((e) => [e.accountId ?? e.lender, isCashBorrowLine(view, resolve(e)!)]));

  it('counts unsecured credit lines and lender-only lines as cash, not cards, pay-later or secured loans', () => {
    expect(cash).toEqual({ loan: true, card: false, huabei: false, car: false, 花呗: false, 某小贷: true });
  });
});

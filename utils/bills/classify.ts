// One bill row → a borrow/repay event, a reason it could not become one, or nothing (not credit, or
// a payment that did not go through). The same rules for every format; formats differ only in data.
import { billAccount, findBank, findProduct } from './accounts';
import type { BillEvent, BillFormatSpec, BillRow, UnplacedReason } from './types';
import { parseBillAmount, parseBillTime, refundedPart, toCents } from './values';

const REPAY = /还款|还清|结清/;
const BORROW = /借款|借入|放款/;
const FULL = /结清|还清|全部还款|全额还款/;
const CARD = /信用卡/;
/** 交易关闭, 还款失败, 已全额退款, 退款成功, 已撤销 …: no money moved, or it all came back. */
const CLOSED = /关闭|失败|退款|撤销|退还|冲正|取消|未付款|等待付款/;

/** Text for word matching: cells may carry padding, tabs or NBSP anywhere. */
export const squash = (s: string) => (/\s/.test(s) ? s.replace(/\s+/g, '') : s);

type Target = { kind: BillEvent['kind']; accountId?: string; lender?: string };

export function classifyRow(spec: BillFormatSpec, row: BillRow): BillEvent | UnplacedReason | undefined {
  const status = row.get('status');
  const amountText = row.get('amount');
  const refunded = refundedPart(status) ?? refundedPart(amountText);
  if (refunded === undefined && (CLOSED.test(status) || CLOSED.test(amountText))) return undefined;

  const text = squash(`${row.get('type')} ${row.get('counterparty')} ${row.get('item')}`);
  const direction = REPAY.test(text) ? 'repay' : BORROW.test(text) ? 'borrow' : undefined;
  const target = findTarget(spec, row, text, direction);
  if (target === undefined) {
    if (!spec.creditCategories.includes(squash(row.get('category')))) return undefined;
    return direction ? 'unknown-product' : 'unknown-direction';
  }
  if (typeof target === 'string') return target;

  const at = parseBillTime(row.get('time'));
  if (!at) return 'bad-time';
  const gross = parseBillAmount(amountText);
  if (gross === undefined) return 'no-amount';
  const amount = refunded === undefined ? gross : toCents(gross - refunded);
  if (amount <= 0) return undefined; // all of it came back
  const lender = target.lender ?? (target.accountId ? billAccount(target.accountId)?.lender : undefined);
  return {
    at,
    kind: target.kind,
    amount,
    ...(target.accountId ? { accountId: target.accountId } : {}),
    ...(lender ? { lender } : {}),
    ...(target.kind === 'repay' && FULL.test(text) ? { full: true } : {}),
  };
}

function findTarget(
  spec: BillFormatSpec,
  row: BillRow,
  text: string,
  direction: BillEvent['kind'] | undefined,
): Target | UnplacedReason | undefined {
  const product = findProduct(text);
  if (product && direction) return { kind: direction, accountId: product };
  // A credit card is repaid through the wallet; the bank is the lender, there is no tracked account.
  if (direction === 'repay' && CARD.test(text)) {
    const bank = findBank(squash(row.get('counterparty')), text);
    return bank ? { kind: 'repay', lender: bank } : 'unknown-lender';
  }
  // A purchase paid with 花呗 / 白条 / 分付 is not a borrow here: everyday pay-later use would read
  // as borrow-repay loops (three small purchases in the week before the monthly repayment make a
  // borrow-repay-cycling warning) on a perfectly healthy account. Only explicit borrowing counts.
  return undefined;
}

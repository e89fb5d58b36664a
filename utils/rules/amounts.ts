// Domain sums several rules share, in one place: the used amount of a view, what a cash line is,
// and rounding. high-utilization, many-lenders and sudden-drawdown read "used" the same way.
import type { Account, Observation, Status } from '../model/types';

/**
 * What a view says is used, in yuan: `usedAmount`, else `totalLimit − availableLimit` while the line
 * can be drawn on (on a `limited` or `frozen` line a 0 available is a block, not a debt). `status`
 * is the view's own, or the account's latest known when the view has none. Undefined when the view
 * cannot say.
 */
export function usedOf(
  o: Pick<Observation, 'usedAmount' | 'totalLimit' | 'availableLimit' | 'status'>,
  accountStatus: Status = 'unknown',
): number | undefined {
  if (o.usedAmount !== undefined) return o.usedAmount;
  if (o.totalLimit === undefined || o.availableLimit === undefined) return undefined;
  const status = o.status !== 'unknown' ? o.status : accountStatus;
  if (status !== 'normal' && status !== 'unknown') return undefined;
  return Math.max(0, o.totalLimit - o.availableLimit);
}

/** A view that tells how much of a limit above 0 is used (heuristics.md: "balance-telling"). */
export const tellsBalance = (
  o: Pick<Observation, 'usedAmount' | 'totalLimit' | 'availableLimit' | 'status'>,
  accountStatus: Status = 'unknown',
): boolean => o.totalLimit !== undefined && o.totalLimit > 0 && usedOf(o, accountStatus) !== undefined;

/** Used share of the limit, clipped to [0, 1]; undefined when the view cannot say. */
export function usedShare(
  o: Pick<Observation, 'usedAmount' | 'totalLimit' | 'availableLimit' | 'status'>,
  accountStatus: Status = 'unknown',
): number | undefined {
  const used = usedOf(o, accountStatus);
  if (used === undefined || o.totalLimit === undefined || !(o.totalLimit > 0)) return undefined;
  return Math.min(1, Math.max(0, used / o.totalLimit));
}

/** Products secured on a home, a car or a business: not the 多头借贷 the cash-lender count means. */
const SECURED = /住房|房贷|公积金|汽车|车贷|经营性/;

/** A cash lender's line (heuristics.md, many-lenders): credit lines, loans, other or unknown kinds, unsecured. */
export function isCashLine(account: Pick<Account, 'kind' | 'product' | 'lender'>): boolean {
  if (account.kind === 'credit-card' || account.kind === 'pay-later') return false;
  return !SECURED.test(`${account.product ?? ''}`);
}

export const cents = (yuan: number): number => Math.round(yuan * 100);
export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

// A manual entry (app-only products such as 借呗 or 微粒贷) becomes an account and an observation.
import type { ManualEntry } from '../messaging/protocol';
import { EXPECT_NOT_FUTURE, latestAccepted, tooFarAhead } from '../model/instant';
import type { RecordBatch } from './to-records';

export function manualAccountId(lender: string, product?: string): string {
  return `manual:${lender.trim()}${product?.trim() ? `/${product.trim()}` : ''}`.slice(0, 80);
}

/** Field path of the first inconsistency, or undefined when the values fit together. */
export function manualEntryProblem(entry: ManualEntry, now: Date): { path: string; expected: string } | undefined {
  if (entry.at !== undefined && tooFarAhead(entry.at, latestAccepted(now))) return { path: 'at', expected: EXPECT_NOT_FUTURE };
  const { totalLimit: total, availableLimit: available, usedAmount: used, status } = entry.values;
  if (
    total === undefined &&
    available === undefined &&
    used === undefined &&
    entry.values.dailyRate === undefined &&
    entry.values.apr === undefined &&
    status === 'unknown'
  ) {
    return { path: 'values', expected: 'at least one amount, a rate or a status' };
  }
  if (total !== undefined && available !== undefined && available > total)
    return { path: 'values.availableLimit', expected: 'at most the total limit' };
  if (total !== undefined && used !== undefined && used > total) return { path: 'values.usedAmount', expected: 'at most the total limit' };
  return undefined;
}

export function manualToRecords(entry: ManualEntry, now: Date): RecordBatch & { accountId: string } {
  const accountId = entry.accountId ?? manualAccountId(entry.lender, entry.product);
  return {
    accountId,
    accounts: [
      {
        id: accountId,
        lender: entry.lender.trim(),
        ...(entry.product?.trim() && { product: entry.product.trim() }),
        ...(entry.kind && { kind: entry.kind }),
      },
    ],
    observations: [{ accountId, at: entry.at ?? now.toISOString(), ...entry.values, source: 'manual' }],
    events: [],
  };
}

// Corrections: the person renames an account (its lender and product, in their own words). The row
// is marked `namedByPerson`, so a later capture of the same page does not put the page's or the
// site's name back (observations.ts mergeAccount, site-accounts.ts renameSiteAccounts). The mark is
// bookkeeping, not part of the history file: after an export and an import into another profile, a
// tracked site's account takes the site's name again at its next capture.
import { accountSchema } from '../model/history-schema';
import type { Account } from '../model/types';
import { writeTransaction, type SentinelDb } from './db';
import { toAccount } from './import-export';
import { EXPECT_ACCOUNT, type Corrected } from './remove-rows';

export interface AccountNames {
  lender: string;
  /** Absent: kept as it is. Empty: the account has no product name. */
  product?: string;
}

/** Sets the names of `accountId`; answers the account as the history file lists it. One transaction. */
export async function renameAccount(db: SentinelDb, accountId: string, names: AccountNames): Promise<Corrected<Account>> {
  const lender = names.lender.trim();
  const given = names.product?.trim();
  return writeTransaction(db, ['accounts'], async (tx) => {
    const store = tx.objectStore('accounts');
    const row = await store.get(accountId);
    if (!row) return { ok: false, problem: { path: 'accountId', expected: EXPECT_ACCOUNT } };
    const { product: old, ...rest } = row;
    const product = given === undefined ? old : given || undefined;
    const renamed = { ...rest, lender, ...(product !== undefined && { product }), namedByPerson: true as const };
    // The same caps as an import, so whatever is stored can be exported and imported again.
    const checked = accountSchema.safeParse(toAccount(renamed));
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { ok: false, problem: { path: String(issue?.path[0] ?? 'lender'), expected: issue?.message ?? 'an account object' } };
    }
    await store.put(renamed);
    return { ok: true, value: toAccount(renamed) };
  });
}

// The extension-page channel's corrections: remove one row (the reply carries it, for the page's
// undo), put it back, rename an account, merge two. Each is one transaction; the rules run again after.
import { mergeAccounts } from '../storage/merge-accounts';
import { removeEvent, removeObservation, restoreRow, type Corrected, type RestoreEntry } from '../storage/remove-rows';
import { renameAccount } from '../storage/rename-account';
import { fail } from './failure';
import type { HandlerDeps, HandlerTable } from './handler-types';
import type { Failure, PageChannel } from './protocol';

type CorrectionType = 'ui:remove-observation' | 'ui:remove-event' | 'ui:restore' | 'ui:rename-account' | 'ui:merge-accounts';

/** A correction's outcome as a reply: a refusal names the field, a success re-runs the rules. */
async function corrected<T, R extends object>(
  result: Corrected<T>,
  deps: HandlerDeps,
  reply: (value: T) => R,
): Promise<({ ok: true } & R) | Failure> {
  if (!result.ok) return fail('invalid-entry', result.problem);
  await deps.onStored?.();
  return { ok: true, ...reply(result.value) };
}

export const correctionHandlers: Pick<HandlerTable<PageChannel>, CorrectionType> = {
  async 'ui:remove-observation'(msg, { deps }) {
    return corrected(await removeObservation(await deps.db(), msg.accountId, msg.at), deps, (removed) => ({ removed }));
  },
  async 'ui:remove-event'(msg, { deps }) {
    return corrected(await removeEvent(await deps.db(), msg.key), deps, (removed) => ({ removed }));
  },
  async 'ui:restore'(msg, { deps }) {
    const entry: RestoreEntry = msg.observation !== undefined ? { observation: msg.observation } : { event: msg.event };
    return corrected(await restoreRow(await deps.db(), entry), deps, (restored) => ({ restored }));
  },
  async 'ui:rename-account'(msg, { deps }) {
    return corrected(
      await renameAccount(await deps.db(), msg.accountId, { lender: msg.lender, product: msg.product }),
      deps,
      (account) => ({ account }),
    );
  },
  async 'ui:merge-accounts'(msg, { deps }) {
    return corrected(await mergeAccounts(await deps.db(), msg.from, msg.into), deps, (moved) => ({ moved }));
  },
};

// "This is wrong" on the extension-page channel: what the last capture on a tab read (rows since
// removed left out), the removal of one account's row of it through the corrections
// (storage/remove-rows.ts; the reply keeps the row for `ui:restore`), then the picker on that tab,
// preset to the fields that were read, so the person's pick becomes the site's rule.
import { pickFieldsOf, type TabCaptureAccount, type TabReading } from '../capture/tab-capture';
import { heldObservation } from '../storage/held-observation';
import { EXPECT_STORED_OBSERVATION, removeObservation } from '../storage/remove-rows';
import { fail } from './failure';
import type { HandlerTable } from './handler-types';
import type { PageChannel } from './protocol';

type TabCaptureType = 'ui:tab-capture' | 'ui:wrong-capture' | 'ui:stop-picker';

const EXPECT_READ_ACCOUNT = 'an account read on this tab';

export const tabCaptureHandlers: Pick<HandlerTable<PageChannel>, TabCaptureType> = {
  async 'ui:tab-capture'(msg, { deps }) {
    const capture = await deps.tabCaptures?.get(msg.tabId);
    if (!capture) return { ok: true };
    const db = await deps.db();
    const accounts: TabCaptureAccount[] = [];
    for (const a of capture.accounts) {
      const row = await heldObservation(db, a.accountId, a.at, a.values);
      if (row) accounts.push({ ...a, at: row.at });
    }
    if (!accounts.length) return { ok: true };
    const reading: TabReading = { ...capture, accounts, pickable: capture.adapter === 'generic' };
    return { ok: true, reading };
  },
  async 'ui:wrong-capture'(msg, { deps }) {
    const capture = await deps.tabCaptures?.get(msg.tabId);
    const index = capture?.accounts.findIndex((a) => a.accountId === msg.accountId) ?? -1;
    const read = capture?.accounts[index];
    if (!capture || !read) return fail('invalid-entry', { path: 'accountId', expected: EXPECT_READ_ACCOUNT });
    const db = await deps.db();
    const row = await heldObservation(db, read.accountId, read.at, read.values);
    if (!row) return fail('invalid-entry', { path: 'accountId', expected: EXPECT_STORED_OBSERVATION });
    const removed = await removeObservation(db, read.accountId, row.at);
    if (!removed.ok) return fail('invalid-entry', removed.problem);
    // The rules run again without the row (alerts, badge, the popup's snapshot).
    await deps.onStored?.();
    // Picked values fill a tracked page's first account (picker/site-rules.ts withSiteRules); an
    // adapter's page is read by its adapter, never by picked rules.
    const picking =
      capture.adapter === 'generic' && index === 0 && ((await deps.picker?.start(msg.tabId, pickFieldsOf(read.values))) ?? false);
    return { ok: true, removed: removed.value, picking };
  },
  async 'ui:stop-picker'(msg, { deps }) {
    await deps.picker?.stop?.(msg.tabId);
    return { ok: true };
  },
};

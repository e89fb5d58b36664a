// The content-script channel: a tab's top frame may hand over what it read on its own page, or a
// rule the person picked there, and nothing else (sender.ts decides who gets this table).
import { tabCaptureOf } from '../capture/tab-capture';
import { captureToRecords } from '../capture/to-records';
import { recordObservations } from '../storage/observations';
import type { ContentChannel } from './protocol';
import type { HandlerTable } from './handler-types';
import { fail } from './failure';
import { safeUrl } from './sender';

export const contentHandlers: HandlerTable<ContentChannel> = {
  async 'cs:capture'(msg, { sender, deps }) {
    const pageUrl = safeUrl(sender.url ?? '');
    const claimed = safeUrl(msg.url);
    // The capture must describe the very page the sending frame shows.
    if (!pageUrl || !claimed || claimed.origin !== pageUrl.origin) return fail('forbidden');
    if (sender.tab?.incognito && !(await deps.captureIncognito())) return { ok: true, stored: 0 };
    const siteName = (await deps.sites.names().catch(() => ({}) as Record<string, string>))[pageUrl.origin];
    const batch = captureToRecords(msg.result, pageUrl, deps.now(), deps.registry, siteName);
    if (!batch) return fail('forbidden');
    if (!batch.observations.length && !batch.events.length) return { ok: true, stored: 0 };
    const counts = await recordObservations(await deps.db(), batch);
    // What this tab just read, for the popup's "read on this page" (a failure loses only that).
    const tabId = sender.tab?.id;
    const read = tabCaptureOf(msg.result.adapter, pageUrl.origin + pageUrl.pathname, batch);
    if (read && tabId !== undefined) await deps.tabCaptures?.remember(tabId, read).catch(() => undefined);
    await deps.onStored?.();
    return { ok: true, stored: counts.added + counts.events };
  },
  async 'cs:pick'(msg, { sender, deps }) {
    // A rule only for the site the sending page is on, and only a site the person tracks.
    const pageUrl = safeUrl(sender.url ?? '');
    const claimed = safeUrl(msg.url);
    if (!pageUrl || !claimed || claimed.origin !== pageUrl.origin || sender.tab?.id === undefined) return fail('forbidden');
    return (await deps.picker?.save(pageUrl.origin, msg.rule, sender.tab.id)) ? { ok: true } : fail('forbidden');
  },
};

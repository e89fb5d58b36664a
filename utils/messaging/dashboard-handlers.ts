// The extension-page channel's reads for the dashboard page: the factors, an account's history in a
// range downsampled on this side (the page never receives every row), raw rows and events a page at a time.
import { readAccountHistory, readObservationPage } from '../storage/account-history';
import { readEventLenders, readTimeline } from '../storage/timeline';
import { fail } from './failure';
import type { HandlerTable } from './handler-types';
import type { PageChannel } from './protocol';

type DashboardRead = 'ui:account-history' | 'ui:observations' | 'ui:timeline' | 'ui:event-lenders' | 'ui:factors';

const noAccount = () => fail('invalid-entry', { path: 'accountId', expected: 'an existing account' });

export const dashboardHandlers: Pick<HandlerTable<PageChannel>, DashboardRead> = {
  async 'ui:account-history'(msg, { deps }) {
    const history = await readAccountHistory(await deps.db(), msg.accountId, {
      from: msg.from,
      to: msg.to ?? deps.now().toISOString(),
      columns: msg.columns,
    });
    return history ? { ok: true, history } : noAccount();
  },
  async 'ui:observations'(msg, { deps }) {
    const page = await readObservationPage(await deps.db(), msg.accountId, msg.before, msg.limit);
    return page ? { ok: true, ...page } : noAccount();
  },
  async 'ui:timeline'(msg, { deps }) {
    return { ok: true, ...(await readTimeline(await deps.db(), msg)) };
  },
  async 'ui:event-lenders'(_msg, { deps }) {
    return { ok: true, lenders: await readEventLenders(await deps.db()) };
  },
  async 'ui:factors'(_msg, { deps }) {
    return deps.factors ? { ok: true, report: await deps.factors(deps.now()) } : fail('internal');
  },
};

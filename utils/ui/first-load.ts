// What the popup needs before its first paint, read without the service worker where it can be:
// the dashboard snapshot (storage.session), the tracked sites (granted host permissions). Falls back
// to asking the background when a read fails or the snapshot is missing (a browser restart before the
// first rule run, a failed write): the person then waits a little longer, never sees nothing.
import type { Replies } from '../messaging/protocol';
import { DASHBOARD_KEY, snapshotOf } from '../messaging/dashboard-snapshot';
import { trackedFrom } from '../site-routing';
import type { Send } from './api';

export interface FirstReads {
  /** storage.session.get(DASHBOARD_KEY) */
  dashboard: Promise<Record<string, unknown>>;
  /** permissions.getAll() */
  permissions: Promise<{ origins?: string[] }>;
}

export type FirstLoad = Promise<[Replies['ui:dashboard'], Replies['ui:tracked-sites']]>;

export function firstLoad(reads: FirstReads, send: Send, adapterPatterns: readonly string[]): FirstLoad {
  const board = reads.dashboard
    .then((items) => snapshotOf(items[DASHBOARD_KEY]))
    .catch(() => undefined)
    .then((dashboard): Promise<Replies['ui:dashboard']> | Replies['ui:dashboard'] =>
      dashboard ? { ok: true, dashboard } : send({ type: 'ui:dashboard' }),
    );
  const sites = reads.permissions
    .then((p): Replies['ui:tracked-sites'] => ({ ok: true, origins: trackedFrom(p.origins ?? [], adapterPatterns) }))
    .catch(() => send({ type: 'ui:tracked-sites' }));
  return Promise.all([board, sites]);
}

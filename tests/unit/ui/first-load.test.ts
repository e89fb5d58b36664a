// The popup's first data: from the snapshot and the permissions when they read, from the background
// when they do not.
import { describe, expect, it, vi } from 'vitest';
import type { Dashboard, UiMessage } from '../../../utils/messaging/protocol';
import type { Send } from '../../../utils/ui/api';
import { DASHBOARD_KEY } from '../../../utils/messaging/dashboard-snapshot';
import { firstLoad } from '../../../utils/ui/first-load';

const board: Dashboard = { accounts: [], alerts: [], risk: { score: 0, level: 'low', drivers: [] }, totals: { observations: 0 } };
const fromBackground: Dashboard = { ...board, totals: { observations: 7 } };
const ADAPTERS = ['https://baitiao.jd.com/*', 'https://*.alipay.com/portal/*'];

function sender() {
  return vi.fn(async (msg: UiMessage) => {
    if (msg.type === 'ui:dashboard') return { ok: true, dashboard: fromBackground };
    if (msg.type === 'ui:tracked-sites') return { ok: true, origins: ['https://from.background'] };
    return { ok: false, code: 'internal' };
  });
}

describe('firstLoad', () => {
  it('uses the snapshot and the granted permissions without asking the background', async () => {
    const send = sender();
    const granted = ['https://h5.lender.example/*', 'https://baitiao.jd.com/*', 'https://a.example/path/*', 'http://b.example/*'];
    const [dashboard, sites] = await firstLoad(
      { dashboard: Promise.resolve({ [DASHBOARD_KEY]: board }), permissions: Promise.resolve({ origins: granted }) },
      send as unknown as Send,
      ADAPTERS,
    );
    expect(dashboard).toEqual({ ok: true, dashboard: board });
    expect(sites).toEqual({ ok: true, origins: ['http://b.example', 'https://h5.lender.example'] });
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the background when there is no snapshot, a broken one, or the reads fail', async () => {
    for (const dashboard of [
      Promise.resolve({}),
      Promise.resolve({ [DASHBOARD_KEY]: { accounts: 'x' } }),
      Promise.reject(new Error('no session storage')),
    ]) {
      const send = sender();
      const [reply, sites] = await firstLoad(
        { dashboard, permissions: Promise.reject(new Error('denied')) },
        send as unknown as Send,
        ADAPTERS,
      );
      expect(reply).toEqual({ ok: true, dashboard: fromBackground });
      expect(sites).toEqual({ ok: true, origins: ['https://from.background'] });
      expect(send.mock.calls.map(([m]) => m.type).sort()).toEqual(['ui:dashboard', 'ui:tracked-sites']);
    }
  });
});

// `ui:factors`: extension pages read the factors the background computes from the stored history
// (readFactors with the rule run's thresholds and cache); content scripts cannot; without the
// dependency the message fails cleanly.
import { describe, expect, it } from 'vitest';
import type { FactorReport } from '../../../utils/factors';
import type { HistoryFile } from '../../../utils/model/types';
import type { SenderLike } from '../../../utils/messaging/sender';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { readFactors } from '../../../utils/storage/factors';
import { ObservationCache } from '../../../utils/storage/observation-cache';
import { FIXED_NOW, freshDb } from '../storage/helpers';
import { handlerFor, ID, popup } from './support';

const DAY = 86_400_000;
const ago = (d: number) => new Date(FIXED_NOW.getTime() - d * DAY).toISOString();
const jdTab: SenderLike = { id: ID, url: 'https://baitiao.jd.com/v3/ious/list', tab: { id: 4 }, frameId: 0 };

const file: HistoryFile = {
  format: 'limit-sentinel.history',
  version: 1,
  exportedAt: FIXED_NOW.toISOString(),
  accounts: [{ id: 'a', lender: '度小满', kind: 'credit-line' }],
  observations: [{ accountId: 'a', at: ago(3), status: 'normal', source: 'manual', totalLimit: 10000, usedAmount: 8000 }],
  events: [40, 20, 10, 2].map((d) => ({
    at: ago(d),
    kind: 'inquiry' as const,
    reason: '贷款审批',
    lender: '某消费金融',
    source: 'manual' as const,
  })),
};

async function setup() {
  const db = await freshDb();
  const cache = new ObservationCache();
  const asked: Date[] = [];
  const handle = handlerFor(db, {
    factors: async (now) => {
      asked.push(now);
      return readFactors(db, now, DEFAULT_RULE_SETTINGS, { cache });
    },
  });
  expect(await handle({ type: 'ui:import', text: JSON.stringify(file) }, popup)).toMatchObject({ ok: true });
  return { db, handle, cache, asked };
}

describe('ui:factors', () => {
  it('replies with the factors of the stored history as of the handler’s now, read through the cache', async () => {
    const { handle, cache, asked } = await setup();
    const reply = (await handle({ type: 'ui:factors' }, popup)) as { ok: true; report: FactorReport };
    expect(reply.ok).toBe(true);
    expect(asked).toEqual([FIXED_NOW]);
    expect(reply.report.now).toBe(FIXED_NOW.toISOString());
    const byId = new Map(reply.report.factors.map((f) => [f.id, f]));
    expect(byId.get('inquiries-1m')).toMatchObject({ value: 3, level: 'over', fires: true });
    expect(byId.get('inquiries-3m')).toMatchObject({ value: 4, level: 'near', fires: false });
    expect(byId.get('utilization')).toMatchObject({ value: 0.8, level: 'over', fires: false });
    expect(byId.get('inquiries-1m')!.projection!.withinAt).toBe(new Date(FIXED_NOW.getTime() + 10 * DAY).toISOString());
    expect(cache.size).toBe(1);
    // The reply survives structured cloning (what runtime messaging does).
    expect(structuredClone(reply)).toEqual(reply);
  });

  it('refuses content scripts and extra fields, and fails cleanly without the dependency', async () => {
    const { handle, db, asked } = await setup();
    expect(await handle({ type: 'ui:factors' }, jdTab)).toEqual({ ok: false, code: 'forbidden' });
    expect(await handle({ type: 'ui:factors', now: '2020-01-01' }, popup)).toEqual({ ok: false, code: 'bad-message' });
    expect(asked).toEqual([]);
    expect(await handlerFor(db)({ type: 'ui:factors' }, popup)).toEqual({ ok: false, code: 'internal' });
  });

  it('a failure while reading reaches the page as internal, not as a throw', async () => {
    const db = await freshDb();
    const handle = handlerFor(db, { factors: async () => Promise.reject(new Error('boom')) });
    expect(await handle({ type: 'ui:factors' }, popup)).toEqual({ ok: false, code: 'internal' });
  });
});
